package cn.yrd.academy.talent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.PasswordPolicy;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestStudents;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The talent API over HTTP with bearer tokens: partners only, consent given and withdrawn by the student, search
 * results carrying consented fields only, and every bad parameter a problem, never a 500.
 */
@IntegrationTest
class TalentApiIntegrationTests {

	private static final Set<String> CARD_KEYS = Set.of("id", "name", "organization", "organizationType", "province",
			"city", "certificates", "evidenceSkills", "declaredSkills", "labs", "graduation", "openToInternship",
			"jobPreferences", "about");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Test
	void onlyPartnersSearch() {
		for (String username : List.of("student1", "instructor1", "labadmin1")) {
			MvcTestResult result = get("/api/v1/talent/search?q=PLC", demoToken(username));
			assertProblem(result, 403, "access-denied");
		}
		assertThat(mvc.get().uri("/api/v1/talent/search?q=PLC").exchange()).hasStatus(401);
		assertThat(get("/api/v1/talent/search?q=PLC", demoToken("partner1"))).hasStatusOk();
	}

	@Test
	void consentSearchWithdrawRoundTrip() {
		String student = studentToken();
		String token = "apitoken" + System.nanoTime();
		String partner = demoToken("partner1");
		assertProblem(post(student, "{\"fields\":[\"ABOUT\",\"PASSPORT\"],\"about\":\"x\"}"), 400, "unknown-field");
		assertProblem(post(student, "{\"fields\":[]}"), 400, "no-fields");
		assertProblem(post(student, "{\"fields\":[\"ABOUT\"],\"province\":\"XX\"}"), 400, "province");
		assertProblem(post(student, "{\"fields\":[\"ABOUT\"],\"graduation\":\"soon\"}"), 400, "invalid-parameter");

		MvcTestResult consented = post(student, """
				{"fields":["ABOUT","LOCATION","PREFERENCES"],"about":"%s","province":"JS","city":"苏州",
				 "graduation":"2027-06-30","openToInternship":true,"jobPreferences":"PLC 调试",
				 "contactEmail":"secret-%s@example.cn","declaredSkills":["plc-programming"]}""".formatted(token, token));
		assertThat(consented).hasStatusOk();
		String id = JsonPath.read(body(consented), "$.id");
		assertThat((List<String>) JsonPath.read(body(consented), "$.fields"))
			.containsExactlyInAnyOrder("ABOUT", "LOCATION", "PREFERENCES");
		assertThat((String) JsonPath.read(body(consented), "$.consentVersion")).isEqualTo("v1");

		MvcTestResult found = get("/api/v1/talent/search?q=" + token + "&province=JS&internship=true", partner);
		assertThat(found).hasStatusOk();
		String json = body(found);
		assertThat((Integer) JsonPath.read(json, "$.total")).isEqualTo(1);
		Map<String, Object> card = JsonPath.read(json, "$.results[0]");
		assertThat(card).containsEntry("id", id).containsEntry("province", "JS").containsEntry("city", "苏州")
			.containsEntry("graduation", "2027-06-30").containsEntry("openToInternship", true)
			.containsEntry("declaredSkills", List.of("plc-programming"))
			.doesNotContainKeys("name", "organization", "organizationType", "certificates", "labs", "contact");
		assertThat(CARD_KEYS).containsAll(card.keySet());
		assertThat(json).doesNotContain("secret-" + token, "宁波职业技术学院", "测试学员");
		assertThat((Map<String, Object>) JsonPath.read(json, "$.facets")).containsOnlyKeys("province", "level",
				"skill", "organizationType");
		assertThat(get("/api/v1/talent/profiles/" + id, partner)).hasStatusOk().bodyText().doesNotContain("secret-");

		assertThat(mvc.delete().uri("/api/v1/talent/consent").header(HttpHeaders.AUTHORIZATION, "Bearer " + student)
			.exchange()).hasStatus(204);

		assertThat((Integer) JsonPath.read(body(get("/api/v1/talent/search?q=" + token, partner)), "$.total"))
			.isZero();
		assertProblem(get("/api/v1/talent/profiles/" + id, partner), 404, "profile-not-found");
		assertProblem(get("/api/v1/talent/consent", student), 404, "profile-not-found");
	}

	@Test
	void badParametersAreProblemsOrClamped() {
		String partner = demoToken("partner1");
		assertProblem(get("/api/v1/talent/search?level=EXPERT", partner), 400, "invalid-parameter");
		assertProblem(get("/api/v1/talent/search?province=XJ", partner), 400, "invalid-parameter");
		assertProblem(get("/api/v1/talent/search?minLevel=9&skill=plc-programming", partner), 400,
				"invalid-parameter");
		assertProblem(get("/api/v1/talent/search?page=abc", partner), 400, "invalid-parameter");
		assertProblem(get("/api/v1/talent/search?skill=a%20b:c", partner), 400, "invalid-parameter");
		assertProblem(get("/api/v1/talent/search?internship=maybe", partner), 400, "invalid-parameter");
		MvcTestResult negative = get("/api/v1/talent/search?page=-5", partner);
		assertThat(negative).hasStatusOk();
		assertThat((Integer) JsonPath.read(body(negative), "$.page")).isZero();
		assertThat(get("/api/v1/talent/search?page=99999999", partner)).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/talent/search").param("q", "x".repeat(10_240))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + partner).exchange()).hasStatusOk();
		for (String attack : List.of("name:李明", "*", "\"李明\"", "+李明", "keywords:李明", "a AND (b OR",
				"\\ / [ ] { } ~ ^ ! && || ? :", "李明~2")) {
			assertThat(mvc.get().uri("/api/v1/talent/search").param("q", attack)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + partner).exchange()).as(attack).hasStatusOk();
		}
		assertProblem(get("/api/v1/talent/profiles/" + "A".repeat(22), partner), 404, "profile-not-found");
		assertProblem(get("/api/v1/talent/profiles/1", partner), 404, "profile-not-found");
	}

	@Test
	void openedProfileShowsLiveCertificatesButSearchResultsNoNumbersAndNoContact() {
		String partner = demoToken("partner1");
		String json = body(get("/api/v1/talent/search?q=" + "李明" + "&province=ZJ", partner));
		List<Map<String, Object>> results = JsonPath.read(json, "$.results[?(@.name == '李明')]");
		assertThat(results).hasSize(1);
		assertThat((List<Map<String, Object>>) results.get(0).get("certificates")).isNotEmpty()
			.allSatisfy(certificate -> assertThat(certificate).containsOnlyKeys("code", "level", "name"));
		assertThat(results.get(0)).doesNotContainKey("contact");

		MvcTestResult opened = get("/api/v1/talent/profiles/" + results.get(0).get("id"), partner);

		assertThat(opened).hasStatusOk();
		List<Map<String, Object>> certificates = JsonPath.read(body(opened), "$.certificates");
		assertThat(certificates).anySatisfy(certificate -> assertThat(certificate)
			.containsEntry("code", "PLC-PROG-BEG").containsEntry("status", "ISSUED").containsKey("number"));
		assertThat(body(opened)).doesNotContain("\"contact\"", "student1@");
	}

	@Test
	void partnersCannotConsentAndStudentsCannotOpenProfiles() {
		assertProblem(post(demoToken("partner1"), "{\"fields\":[\"ABOUT\"]}"), 403, "access-denied");
		assertProblem(get("/api/v1/talent/profiles/" + "A".repeat(22), demoToken("student1")), 403,
				"access-denied");
	}

	private MvcTestResult get(String uri, String token) {
		return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	private MvcTestResult post(String token, String json) {
		return mvc.post().uri("/api/v1/talent/consent").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	private void assertProblem(MvcTestResult result, int status, String code) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat((String) JsonPath.read(body(result), "$.code")).isEqualTo(code);
		assertThat((String) JsonPath.read(body(result), "$.detail")).isNotBlank();
	}

	private String studentToken() {
		String username = new TestStudents(registrations, organizations).register("talentapi").getUsername();
		return token(username, TestStudents.PASSWORD);
	}

	private String demoToken(String username) {
		return token(username, PasswordPolicy.DEMO_PASSWORD);
	}

	private String token(String username, String password) {
		MvcTestResult issued = mvc.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
			.exchange();
		assertThat(issued).hasStatusOk();
		return JsonPath.read(body(issued), "$.token");
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
