package cn.yrd.academy.certification.web;

import cn.yrd.academy.certification.CertificateStatus;
import cn.yrd.academy.certification.internal.Certificate;
import cn.yrd.academy.certification.internal.CertificationDefinition;
import cn.yrd.academy.certification.internal.Certificates;
import cn.yrd.academy.catalog.internal.CoursePackages;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.certification.internal.CertificateAwards;
import cn.yrd.academy.certification.internal.Definitions;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.learning.internal.LabSubmissions;
import org.springframework.security.core.userdetails.UserDetailsService;
import cn.yrd.academy.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The certificate pages over HTTP on the embedded MariaDB: what the holder sees, and what the issuer's admins
 * decide.
 */
@IntegrationTest
class MyCertificatePagesIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private CoursePackages packages;

	@Autowired
	private Enrollments enrollments;

	@Autowired
	private Definitions definitionService;

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
	private Certificates certificates;

	private String course;

	private CertificationDefinition direct;

	private CertificationDefinition approved;

	private AcademyUser student;

	@BeforeEach
	void setUp() {
		fixture = new CertificationFixture(packages, enrollments, definitionService, submissions, awards, users,
				registrations, organizations);
		course = fixture.course();
		direct = fixture.definition(course, "PLC 入门证书", "PLC Starter Certificate", false);
		approved = fixture.definition(course, "PLC 审核证书", "PLC Approved Certificate", true);
		student = fixture.enrolledStudent(course);
	}

	@Test
	void aStudentSeesWhatIsMissingThenTheirCertificates() {
		assertThat(mvc.get().uri("/certificates").with(user(student))).hasStatus(HttpStatus.OK).bodyText()
			.contains("还没有证书——通过课程的实训考核即可获得。", "id=\"progress-" + direct.getCode() + "\"",
					"已满足 0 / 1 项要求", "通过课程“证书测试课程”中的实训“第一个实训”，得分不低于 60%", "未通过的实训：",
					"第一个实训</a>",
					"/learning/submissions/new?course=" + course + "&amp;lab=first-lab",
					"/certifications/" + direct.getCode());

		fixture.pass(student, course);

		Certificate issued = held(direct);
		Certificate pending = held(approved);
		assertThat(issued.getStatus()).isEqualTo(CertificateStatus.ISSUED);
		assertThat(pending.getStatus()).isEqualTo(CertificateStatus.PENDING);
		assertThat(mvc.get().uri("/certificates").with(user(student))).hasStatus(HttpStatus.OK).bodyText()
			.contains(issued.getNumber(), "PLC 入门证书", "有效", "/credentials/" + issued.getNumber() + ".pdf",
					"/credentials/" + issued.getNumber() + ".jwt", "/credentials/" + issued.getNumber() + ".json",
					"/verify/" + issued.getNumber(), pending.getNumber(), "待审核", "等待 宁波职业技术学院 审核。",
					"已满足 1 / 1 项要求")
			.doesNotContain("还没有证书");
		assertThat(mvc.get().uri("/certificates?lang=en").with(user(student))).hasStatus(HttpStatus.OK).bodyText()
			.contains("My certificates", "PLC Starter Certificate", "Progress towards certifications",
					"Awaiting approval by Ningbo Polytechnic", "Download PDF")
			.doesNotContain("PLC 入门证书");
	}

	@Test
	void theDetailIsForTheHolderAndTheIssuersAdminsOnly() {
		fixture.pass(student, course);
		Certificate issued = held(direct);
		String uri = "/certificates/" + issued.getNumber();

		assertThat(mvc.get().uri(uri).with(user(student))).hasStatus(HttpStatus.OK).bodyText()
			.contains(issued.getNumber(), "获证依据", "100 %", "/learning/submissions/" + issued.getEvidence().get(0)
				.getSubmissionId(), "任何拿到链接的人都可以下载您的可验证凭证（.jwt）", "开启分享");
		assertThat(mvc.get().uri(uri).with(user(fixture.enrolledStudent(course)))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(uri).with(user(fixture.user("labadmin1")))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(uri).with(user(fixture.user("admin")))).hasStatus(HttpStatus.OK).bodyText()
			.contains("撤销", "/issuer/certificates/" + issued.getNumber() + "/revoke")
			.doesNotContain("开启分享");

		assertThat(mvc.post().uri(uri + "/share").param("shared", "true").with(user(student)).with(csrf()))
			.hasStatus(HttpStatus.FOUND).hasRedirectedUrl(uri);
		assertThat(held(direct).isShared()).isTrue();
		assertThat(mvc.post().uri(uri + "/share").param("shared", "true").with(user(fixture.enrolledStudent(course)))
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theIssuersAdminApprovesRejectsAndRevokesWithReasons() {
		fixture.pass(student, course);
		String number = held(approved).getNumber();
		AcademyUser admin = fixture.user("admin");

		assertThat(mvc.get().uri("/issuer/certificates?definition=" + approved.getCode()).with(user(admin)))
			.hasStatus(HttpStatus.OK).bodyText()
			.contains(number, "待审核", "id=\"pending-count\"", "/issuer/certificates/" + number + "/approve");

		MvcTestResult refused = mvc.post().uri("/issuer/certificates/" + number + "/reject").param("reason", " ")
			.with(user(admin)).with(csrf()).exchange();
		assertThat(refused).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/issuer/certificates");
		assertThat(refused.getMvcResult().getFlashMap().get("errorText")).isEqualTo("请填写原因（最多 500 个字）。");
		assertThat(held(approved).getStatus()).isEqualTo(CertificateStatus.PENDING);

		assertThat(mvc.post().uri("/issuer/certificates/" + number + "/approve")
			.param("back", "/certificates/" + number).with(user(admin)).with(csrf()))
			.hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/certificates/" + number);
		assertThat(held(approved).getStatus()).isEqualTo(CertificateStatus.ISSUED);

		assertThat(mvc.post().uri("/issuer/certificates/" + number + "/revoke").param("reason", "考核作弊")
			.with(user(fixture.user("labadmin1"))).with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(held(approved).getStatus()).isEqualTo(CertificateStatus.ISSUED);
		assertThat(mvc.get().uri("/issuer/certificates").with(user(fixture.user("labadmin1"))))
			.hasStatus(HttpStatus.OK).bodyText().doesNotContain(number);

		assertThat(mvc.post().uri("/issuer/certificates/" + number + "/revoke").param("reason", "考核作弊")
			.param("back", "https://evil.example/").with(user(admin)).with(csrf()))
			.hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/issuer/certificates");
		assertThat(held(approved).getStatus()).isEqualTo(CertificateStatus.REVOKED);
		assertThat(mvc.get().uri("/certificates").with(user(student))).bodyText().contains("已撤销", "原因：考核作弊");
	}

	@Test
	void aStudentMayNotOpenTheIssuersList() {
		assertThat(mvc.get().uri("/issuer/certificates").with(user(student))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theNavbarLeadsEachRoleToItsCertificatePages() {
		assertThat(mvc.get().uri("/certificates").with(user(student))).bodyText()
			.contains("id=\"nav-certificates\"").doesNotContain("/issuer/certificates", "/admin/certifications");
		assertThat(mvc.get().uri("/issuer/certificates").with(user(fixture.user("labadmin1")))).bodyText()
			.contains("id=\"nav-issuer-certificates\"").doesNotContain("/admin/certifications");
		assertThat(mvc.get().uri("/issuer/certificates").with(user(fixture.user("admin")))).bodyText()
			.contains("id=\"nav-certification-menu\"", "href=\"/admin/certifications\"");
	}

	private Certificate held(CertificationDefinition definition) {
		return certificates.mine(student.id()).stream()
			.filter(c -> c.getDefinition().getCode().equals(definition.getCode()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no certificate of " + definition.getCode()));
	}

}
