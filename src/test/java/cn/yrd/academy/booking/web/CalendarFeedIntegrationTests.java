package cn.yrd.academy.booking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.StringReader;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import cn.yrd.academy.booking.internal.Booking;
import cn.yrd.academy.booking.internal.Bookings;
import cn.yrd.academy.booking.internal.CalendarFeeds;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestStudents;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The feed as a calendar app fetches it, on the embedded MariaDB with the demo cluster: PLC-101 at the NBPT
 * robotics base, where the test students' own organization books without a quota.
 */
@IntegrationTest
class CalendarFeedIntegrationTests {

	private static final String BASE = "NBPT-ROBOTICS";

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private CalendarFeeds feeds;

	@Autowired
	private Bookings bookings;

	@Autowired
	private Enrollments enrollments;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Registrations registrations;

	@Autowired
	private TrainingBases bases;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private OrganizationRepository organizations;

	private TestStudents students;

	@BeforeEach
	void setUp() {
		students = new TestStudents(registrations, organizations);
	}

	@Test
	void aCancelledBookingKeepsItsUidWithAHigherSequenceAndStatusCancelled() throws Exception {
		AcademyUser student = enrolledStudent("ical");
		String token = feeds.reset(student.id());
		Booking booking = book(student, tuesday(LocalTime.of(10, 0)));
		String uid = "booking-" + booking.getId() + "@academy.yrd.cn";

		VEvent before = event(fetch(token), uid).orElseThrow();
		bookings.cancel(booking.getId(), student);
		VEvent after = event(fetch(token), uid).orElseThrow();

		assertThat(value(before, Property.SEQUENCE)).isEqualTo("0");
		assertThat(value(before, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(value(before, Property.SUMMARY)).startsWith("PLC-101 start-stop-latch · PLC-0");
		assertThat(value(before, Property.DTSTART)).isEqualTo(UTC.format(booking.getStartsAt()));
		assertThat(value(before, Property.DTEND)).isEqualTo(UTC.format(booking.getEndsAt()));
		assertThat(value(after, Property.SEQUENCE)).isEqualTo("1");
		assertThat(value(after, Property.STATUS)).isEqualTo("CANCELLED");
	}

	@Test
	void theFeedIsPublicTextCalendarAndOpensNoSession() {
		AcademyUser student = enrolledStudent("icalpub");
		String token = feeds.reset(student.id());

		MvcTestResult result = mvc.get().uri("/ical/" + token + ".ics").exchange();

		assertThat(result).hasStatus(HttpStatus.OK).hasContentType("text/calendar;charset=UTF-8");
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
	}

	@Test
	void aRevokedReplacedOrUnknownTokenAnswersAnEmpty404() {
		AcademyUser student = enrolledStudent("icalrev");
		String first = feeds.reset(student.id());
		String second = feeds.reset(student.id());

		assertThat(mvc.get().uri("/ical/" + first + ".ics")).hasStatus(HttpStatus.NOT_FOUND).body().isEmpty();
		assertThat(mvc.get().uri("/ical/" + second + ".ics")).hasStatus(HttpStatus.OK);

		assertThat(feeds.revoke(student.id())).isTrue();

		assertThat(mvc.get().uri("/ical/" + second + ".ics")).hasStatus(HttpStatus.NOT_FOUND).body().isEmpty();
		assertThat(mvc.get().uri("/ical/" + "A".repeat(43) + ".ics")).hasStatus(HttpStatus.NOT_FOUND).body().isEmpty();
		assertThat(mvc.get().uri("/ical/short.ics")).hasStatus(HttpStatus.NOT_FOUND).body().isEmpty();
	}

	@Test
	void anotherUsersTokenNeverShowsMyBookings() throws Exception {
		AcademyUser me = enrolledStudent("icalme");
		AcademyUser other = enrolledStudent("icalother");
		Booking mine = book(me, tuesday(LocalTime.of(13, 0)));
		Booking theirs = book(other, tuesday(LocalTime.of(13, 0)));
		String myToken = feeds.reset(me.id());
		String theirToken = feeds.reset(other.id());

		assertThat(uids(fetch(myToken))).containsExactly("booking-" + mine.getId() + "@academy.yrd.cn");
		assertThat(uids(fetch(theirToken))).containsExactly("booking-" + theirs.getId() + "@academy.yrd.cn");
	}

	@Test
	void thePageShowsTheUrlOnceAfterCreatingIt() throws Exception {
		AcademyUser student = enrolledStudent("icalpage");

		assertThat(mvc.get().uri("/my/calendar-feed").with(user(student))).hasStatus(HttpStatus.OK).bodyText()
			.contains("您还没有日历订阅。");

		MvcTestResult created = mvc.post().uri("/my/calendar-feed").with(user(student)).with(csrf()).exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/my/calendar-feed");
		String url = (String) created.getMvcResult().getFlashMap().get("feedUrl");
		assertThat(url).matches("http://localhost/ical/[A-Za-z0-9_-]{43}\\.ics");

		MvcTestResult shown = mvc.get().uri("/my/calendar-feed").with(user(student)).flashAttr("feedUrl", url)
			.exchange();
		assertThat(Jsoup.parse(shown.getResponse().getContentAsString()).selectFirst("#feed-url").val())
			.isEqualTo(url);
		assertThat(mvc.get().uri("/my/calendar-feed").with(user(student))).bodyText()
			.contains("正在使用中").doesNotContain(url);
		assertThat(mvc.get().uri(url.substring("http://localhost".length()))).hasStatus(HttpStatus.OK);

		assertThat(mvc.post().uri("/my/calendar-feed/revoke").with(user(student)).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(mvc.get().uri(url.substring("http://localhost".length()))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(feeds.createdAt(student.id())).isEmpty();
	}

	@Test
	void managingTheFeedNeedsALoginAndCsrf() {
		AcademyUser student = enrolledStudent("icalcsrf");

		assertThat(mvc.get().uri("/my/calendar-feed")).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.post().uri("/my/calendar-feed").with(user(student))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(feeds.createdAt(student.id())).isEmpty();
	}

	@Test
	void theFeedKeepsNinetyDaysOfHistoryAndRecentCancellations() throws Exception {
		AcademyUser student = enrolledStudent("icalold");
		Instant now = Instant.now();
		long longAgo = insertBooking(student, now.minus(Duration.ofDays(100)), "COMPLETED",
				now.minus(Duration.ofDays(100)));
		long recent = insertBooking(student, now.minus(Duration.ofDays(80)), "COMPLETED",
				now.minus(Duration.ofDays(80)));
		long cancelledLately = insertBooking(student, now.minus(Duration.ofDays(100)), "CANCELLED",
				now.minus(Duration.ofDays(10)));

		assertThat(uids(fetch(feeds.reset(student.id())))).containsExactlyInAnyOrder(
				"booking-" + recent + "@academy.yrd.cn", "booking-" + cancelledLately + "@academy.yrd.cn")
			.doesNotContain("booking-" + longAgo + "@academy.yrd.cn");
	}

	/** A past booking written directly: the booking rules rightly refuse to make one. */
	private long insertBooking(AcademyUser student, Instant end, String status, Instant updated) {
		long base = bases.findByCode(BASE).orElseThrow().id();
		long machine = jdbc.queryForObject("SELECT MIN(id) FROM lab_machines WHERE base_id = ?", Long.class, base);
		Instant start = end.minus(Duration.ofHours(2));
		jdbc.update("INSERT INTO bookings (user_id, organization_id, machine_id, base_id, course_code, lab_slug,"
				+ " starts_at, ends_at, minutes, week_start, status, sequence, created_at, updated_at)"
				+ " VALUES (?, ?, ?, ?, 'PLC-101', 'start-stop-latch', ?, ?, 120, ?, ?, 0, ?, ?)", student.id(),
				student.organizationId(), machine, base, utc(start), utc(end),
				LocalDate.ofInstant(start, ClockConfiguration.CLUSTER_ZONE), status, utc(start),
				utc(updated));
		return jdbc.queryForObject("SELECT MAX(id) FROM bookings WHERE user_id = ?", Long.class, student.id());
	}

	/** As the booking module stores instants: UTC wall-clock time. */
	private static Timestamp utc(Instant instant) {
		return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

	private AcademyUser enrolledStudent(String prefix) {
		AcademyUser student = (AcademyUser) users.loadUserByUsername(students.register(prefix).getUsername());
		assertThat(enrollments.enroll("PLC-101", student)).isPresent();
		return student;
	}

	private Booking book(AcademyUser student, Instant start) {
		return bookings.book(new Bookings.Request("PLC-101", "start-stop-latch", start, null, BASE), student, null);
	}

	/** A Tuesday at least two days ahead and within the two-week horizon, at the given Beijing time. */
	private static Instant tuesday(LocalTime time) {
		LocalDate today = LocalDate.now(ClockConfiguration.CLUSTER_ZONE);
		return today.plusDays(2)
			.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY))
			.atTime(time)
			.atZone(ClockConfiguration.CLUSTER_ZONE)
			.toInstant();
	}

	private Calendar fetch(String token) throws Exception {
		MvcTestResult result = mvc.get().uri("/ical/" + token + ".ics").exchange();
		assertThat(result).hasStatus(HttpStatus.OK);
		Calendar calendar = new CalendarBuilder().build(new StringReader(result.getResponse().getContentAsString()));
		calendar.validate();
		return calendar;
	}

	private static List<VEvent> events(Calendar calendar) {
		return calendar.getComponents(Component.VEVENT);
	}

	private static List<String> uids(Calendar calendar) {
		return events(calendar).stream().map(event -> value(event, Property.UID)).toList();
	}

	private static Optional<VEvent> event(Calendar calendar, String uid) {
		return events(calendar).stream().filter(event -> uid.equals(value(event, Property.UID))).findFirst();
	}

	private static String value(VEvent event, String name) {
		return event.getProperty(name).map(Property::getValue).orElse(null);
	}

}
