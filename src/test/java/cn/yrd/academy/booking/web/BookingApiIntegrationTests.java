package cn.yrd.academy.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestBookers;
import cn.yrd.academy.support.TestStudents;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The booking API over HTTP with bearer tokens: the contract of the issue, refusals as problem details with
 * their code, idempotent retries, and no machine secret in any answer.
 */
@IntegrationTest
class BookingApiIntegrationTests {

	/** The demo machines' VNC password; it must never appear in a response. */
	private static final String DEMO_SECRET = "lab-demo";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Enrollments enrollments;

	private TestBookers bookers;

	@BeforeEach
	void setUp() {
		bookers = new TestBookers(registrations, organizations, users, enrollments);
	}

	@Test
	void availabilityListsFreeSlotsWithOffsetsAndNoSecrets() {
		String token = token(bookers.enrolledStudent("api"));
		Instant day = TestBookers.nextWeek(DayOfWeek.WEDNESDAY, LocalTime.of(8, 0));
		String from = day.atZone(ClockConfiguration.CLUSTER_ZONE).toLocalDate().toString();

		MvcTestResult result = mvc.get()
			.uri("/api/v1/labs/PLC-101/traffic-light-sequence/availability?from={from}&days=1&base=NBPT-ROBOTICS", from)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange();

		assertThat(result).hasStatusOk();
		String body = body(result);
		List<Map<String, Object>> slots = JsonPath.read(body, "$");
		assertThat(slots).isNotEmpty().allSatisfy(slot -> {
			assertThat(slot).containsOnlyKeys("machineId", "base", "start", "end");
			assertThat(slot.get("base")).isEqualTo("NBPT-ROBOTICS");
			assertThat((String) slot.get("start")).endsWith("+08:00").startsWith(from);
		});
		assertThat(body).doesNotContain(DEMO_SECRET, "127.0.0.1", "password");
	}

	@Test
	void bookingIsIdempotentAndCancellable() {
		AcademyUser student = bookers.enrolledStudent("api");
		String token = token(student);
		String start = offset(TestBookers.nextWeek(DayOfWeek.SATURDAY, LocalTime.of(14, 0)));
		String request = """
				{"course":"PLC-101","lab":"traffic-light-sequence","start":"%s","base":"NBPT-ROBOTICS"}""".formatted(start);

		MvcTestResult created = post("/api/v1/bookings", token, request, "retry-1");
		assertThat(created).hasStatus(201);
		Integer id = JsonPath.read(body(created), "$.id");
		assertThat(created).bodyJson().isLenientlyEqualTo("""
				{"base":"NBPT-ROBOTICS","course":"PLC-101","lab":"traffic-light-sequence","status":"CONFIRMED"}""");
		assertThat(OffsetDateTime.parse(JsonPath.read(body(created), "$.start"))).isEqualTo(OffsetDateTime.parse(start));

		MvcTestResult retried = post("/api/v1/bookings", token, request, "retry-1");
		assertThat(retried).hasStatus(201);
		assertThat((Integer) JsonPath.read(body(retried), "$.id")).isEqualTo(id);

		String other = request.replace("14:00", "16:00");
		assertProblem(post("/api/v1/bookings", token, other, "retry-1"), 422, "IDEMPOTENCY_KEY_REUSED");

		MvcTestResult mine = mvc.get().uri("/api/v1/bookings").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange();
		assertThat(mine).hasStatusOk();
		List<Integer> ids = JsonPath.read(body(mine), "$[*].id");
		assertThat(ids).containsExactly(id);
		assertThat(body(mine)).doesNotContain(DEMO_SECRET);

		String stranger = token(bookers.enrolledStudent("api"));
		assertProblem(post("/api/v1/bookings/" + id + "/cancel", stranger, null, null), 404, "UNKNOWN_BOOKING");

		MvcTestResult cancelled = post("/api/v1/bookings/" + id + "/cancel", token, null, null);
		assertThat(cancelled).hasStatusOk().bodyJson().isLenientlyEqualTo("{\"status\":\"CANCELLED\"}");
		assertProblem(post("/api/v1/bookings/" + id + "/cancel", token, null, null), 409, "NOT_CANCELLABLE");
	}

	@Test
	void badRequestsGetProblemDetailsThatNameTheRule() {
		String token = token(bookers.enrolledStudent("api"));
		String wednesday = offset(TestBookers.nextWeek(DayOfWeek.WEDNESDAY, LocalTime.of(14, 0)));

		assertProblem(book(token, wednesday.replace(":00+08:00", ":10+08:00"), "NBPT-ROBOTICS"), 422, "OFF_GRID");
		assertProblem(book(token, "2020-01-01T10:00+08:00", "NBPT-ROBOTICS"), 422, "IN_PAST");
		assertProblem(book(token, offset(Instant.now().plusSeconds(30 * 86400L)).substring(0, 11) + "10:00+08:00",
				"NBPT-ROBOTICS"), 422, "TOO_FAR_AHEAD");
		assertProblem(book(token, wednesday.replace("T14:00", "T21:00"), "NBPT-ROBOTICS"), 422,
				"OUTSIDE_OPENING_HOURS");
		assertProblem(book(token, "next tuesday", "NBPT-ROBOTICS"), 400, "BAD_START");
		assertProblem(book(token, wednesday, "NOWHERE"), 404, "UNKNOWN_BASE");
		assertProblem(post("/api/v1/bookings", token, "{\"course\":\"PLC-101\",", null), 400, "malformed-request");
		assertProblem(post("/api/v1/bookings", token, """
				{"course":"PLC-101","lab":"traffic-light-sequence","start":"%s"}""".formatted(wednesday), null), 400,
				"MACHINE_OR_BASE");
		assertProblem(mvc.get().uri("/api/v1/labs/PLC-101/traffic-light-sequence/availability?from=tomorrow")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange(), 400, "BAD_DATE");
		assertProblem(mvc.get().uri("/api/v1/labs/PLC-101/traffic-light-sequence/availability?days=99")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange(), 400, "BAD_DAYS");
		assertProblem(post("/api/v1/bookings/abc/extend", token, null, null), 404, "UNKNOWN_BOOKING");

		String notEnrolled = token(bookers.student("api"));
		assertProblem(book(notEnrolled, wednesday, "NBPT-ROBOTICS"), 403, "NOT_ENROLLED");

		MvcTestResult mine = mvc.get().uri("/api/v1/bookings").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange();
		assertThat(body(mine)).isEqualTo("[]");
	}

	@Test
	void englishCallersGetEnglishDetails() {
		String token = token(bookers.enrolledStudent("api"));
		MvcTestResult result = mvc.post().uri("/api/v1/bookings")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"course":"PLC-101","lab":"traffic-light-sequence","start":"2020-01-01T10:00+08:00","base":"NBPT-ROBOTICS"}""")
			.exchange();
		assertThat(result).hasStatus(422).bodyJson().isLenientlyEqualTo("""
				{"code":"IN_PAST","detail":"This start time has passed."}""");
	}

	@Test
	void theOpenApiDescriptionCoversTheBookingApi() {
		MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();

		assertThat(result).hasStatusOk();
		String body = body(result);
		assertThat(body).contains("/api/v1/bookings", "/api/v1/bookings/{id}/cancel", "/api/v1/bookings/{id}/extend",
				"/api/v1/labs/{course}/{lab}/availability", "Idempotency-Key", "bearer");
		assertThat(body).doesNotContain("/labadmin", "/admin/");
	}

	private MvcTestResult book(String token, String start, String base) {
		return post("/api/v1/bookings", token, """
				{"course":"PLC-101","lab":"traffic-light-sequence","start":"%s","base":"%s"}""".formatted(start, base),
				null);
	}

	private MvcTestResult post(String uri, String token, String json, String idempotencyKey) {
		var request = mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		if (idempotencyKey != null) {
			request = request.header("Idempotency-Key", idempotencyKey);
		}
		if (json != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return request.exchange();
	}

	private void assertProblem(MvcTestResult result, int status, String code) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat((String) JsonPath.read(body(result), "$.code")).isEqualTo(code);
		assertThat((String) JsonPath.read(body(result), "$.detail")).isNotBlank();
		assertThat(body(result)).doesNotContain(DEMO_SECRET);
	}

	private String token(AcademyUser user) {
		MvcTestResult issued = mvc.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + user.getUsername() + "\",\"password\":\"" + TestStudents.PASSWORD + "\"}")
			.exchange();
		assertThat(issued).hasStatusOk();
		return JsonPath.read(body(issued), "$.token");
	}

	private static String offset(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ClockConfiguration.CLUSTER_ZONE).toString();
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
