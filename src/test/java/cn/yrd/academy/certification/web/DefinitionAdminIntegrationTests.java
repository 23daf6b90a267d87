package cn.yrd.academy.certification.web;

import cn.yrd.academy.certification.CertificateLevel;
import cn.yrd.academy.certification.internal.Definitions;
import cn.yrd.academy.certification.internal.Requirement;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.yrd.academy.catalog.internal.CoursePackages;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.certification.internal.CertificateAwards;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.learning.internal.LabSubmissions;
import org.springframework.security.core.userdetails.UserDetailsService;
import cn.yrd.academy.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import cn.yrd.academy.shared.web.LocaleConfiguration;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The cluster admin's certification definitions over HTTP: bad input is shown on the form and saves nothing.
 */
@IntegrationTest
class DefinitionAdminIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private CoursePackages packages;

	@Autowired
	private Enrollments enrollments;

	@Autowired
	private LabSubmissions submissions;

	@Autowired
	private CertificateAwards awards;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	private CertificationFixture fixture;

	@Autowired
	private Definitions definitions;

	private AcademyUser admin;

	private String course;

	@BeforeEach
	void setUp() {
		fixture = new CertificationFixture(packages, enrollments, definitions, submissions, awards, users,
				registrations, organizations);
		admin = fixture.user("admin");
		course = fixture.course();
	}

	@Test
	void theAdminCreatesADefinitionAndEditsIt() {
		String code = CertificationFixture.uniqueCode("DEF");
		assertThat(mvc.get().uri("/admin/certifications/new").with(user(admin))).hasStatus(HttpStatus.OK).bodyText()
			.contains("新建证书定义", "requirements[5].kind", "宁波职业技术学院 (NBPT)");

		assertThat(form(mvc.post().uri("/admin/certifications/new"), code, course, "approvalRequired", "true"))
			.hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/certifications");

		var saved = definitions.find(code).orElseThrow();
		assertThat(saved.getRequirements()).singleElement().satisfies(r -> {
			assertThat(r.getKind()).isEqualTo(Requirement.Kind.LAB);
			assertThat(r.getLabSlug()).isEqualTo(CertificationFixture.LAB);
			assertThat(r.getMinScore()).isEqualTo(70);
		});
		assertThat(saved.isApprovalRequired()).isTrue();
		assertThat(saved.getLevel()).isEqualTo(CertificateLevel.INTERMEDIATE);
		assertThat(mvc.get().uri("/admin/certifications").with(user(admin))).hasStatus(HttpStatus.OK).bodyText()
			.contains(code, "接线调试证书", "中级", "24 个月", "/certifications/" + code);
		assertThat(mvc.get().uri("/admin/certifications/" + code + "/edit").with(user(admin))).hasStatus(HttpStatus.OK)
			.bodyText().contains("value=\"接线调试证书\"", "value=\"first-lab\"", "readonly");

		assertThat(form(mvc.post().uri("/admin/certifications/" + code + "/edit"), "IGNORED", course,
				"nameZh", "接线调试证书（新）", "validityMonths", "")).hasStatus(HttpStatus.FOUND);
		assertThat(definitions.find(code).orElseThrow().name().zh()).isEqualTo("接线调试证书（新）");
		assertThat(definitions.find(code).orElseThrow().getValidityMonths()).isNull();
		assertThat(definitions.find("IGNORED")).isEmpty();
	}

	@Test
	void anInvalidCodeIsShownOnTheFormAndNothingIsSaved() {
		assertThat(form(mvc.post().uri("/admin/certifications/new"), "bad code", course)).hasStatus(HttpStatus.OK)
			.bodyText().contains("证书代码须以大写字母开头", "value=\"接线调试证书\"", "value=\"first-lab\"");
		assertThat(definitions.find("bad code")).isEmpty();
	}

	@Test
	void anUnknownCourseIsShownOnTheFormAndNothingIsSaved() {
		String code = CertificationFixture.uniqueCode("DEF");
		assertThat(form(mvc.post().uri("/admin/certifications/new"), code, "NOPE-404")).hasStatus(HttpStatus.OK)
			.bodyText().contains("课程 NOPE-404 不存在或尚未发布。", "value=\"NOPE-404\"");
		assertThat(definitions.find(code)).isEmpty();
	}

	@Test
	void aLabRowWithoutItsLabIsRefusedBeforeSaving() {
		String code = CertificationFixture.uniqueCode("DEF");
		assertThat(form(mvc.post().uri("/admin/certifications/new"), code, course,
				"requirements[0].labSlug", "", "requirements[0].minScore", "")).hasStatus(HttpStatus.OK).bodyText()
			.contains("请填写实训标识。", "请填写最低分（0–100）。");
		assertThat(definitions.find(code)).isEmpty();
	}

	@Test
	void onlyClusterAdminsSeeTheDefinitions() {
		assertThat(mvc.get().uri("/admin/certifications").with(user(fixture.enrolledStudent(course))))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/admin/certifications").with(user(fixture.user("labadmin1"))))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	/** By the language cookie, not {@code ?lang=en}: that would store English as the shared demo admin's choice. */
	@Test
	void thePagesSpeakEnglishWhenAsked() {
		Cookie english = new Cookie(LocaleConfiguration.COOKIE_NAME, "en");
		assertThat(mvc.get().uri("/admin/certifications/new").cookie(english).with(user(admin))).hasStatus(HttpStatus.OK)
			.bodyText().contains("New certification", "Requirements", "Minimum score (%)", "Pass lab")
			.doesNotContain("新建证书定义");
		assertThat(mvc.get().uri("/issuer/certificates").cookie(english).with(user(admin))).hasStatus(HttpStatus.OK)
			.bodyText().contains("Number or holder", "Certificates");
	}

	/** A valid form with one lab requirement; {@code changes} replace single fields (name, value, ...). */
	private MockMvcRequestBuilder form(MockMvcRequestBuilder request, String code, String courseCode,
			String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("code", code);
		fields.put("nameZh", "接线调试证书");
		fields.put("nameEn", "Wiring Certificate");
		fields.put("descriptionZh", "说明");
		fields.put("descriptionEn", "About");
		fields.put("level", "INTERMEDIATE");
		fields.put("validityMonths", "24");
		fields.put("issuerCode", "NBPT");
		fields.put("active", "true");
		fields.put("requirements[0].kind", "LAB");
		fields.put("requirements[0].courseCode", courseCode);
		fields.put("requirements[0].labSlug", CertificationFixture.LAB);
		fields.put("requirements[0].minScore", "70");
		fields.put("requirements[1].kind", "");
		fields.put("requirements[1].courseCode", "");
		fields.put("requirements[1].labSlug", "");
		fields.put("requirements[1].minScore", "");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		request.with(user(admin)).with(csrf());
		fields.forEach(request::param);
		return request;
	}

}
