package cn.yrd.academy.talent.web;

import java.util.List;
import java.util.UUID;

import cn.yrd.academy.catalog.Visibility;
import cn.yrd.academy.catalog.internal.CoursePackages;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.certification.CertificateLevel;
import cn.yrd.academy.certification.internal.Certificate;
import cn.yrd.academy.certification.internal.CertificateAwards;
import cn.yrd.academy.certification.internal.CertificateDecisions;
import cn.yrd.academy.certification.internal.Certificates;
import cn.yrd.academy.certification.internal.CertificationDefinition;
import cn.yrd.academy.certification.internal.Definitions;
import cn.yrd.academy.certification.internal.Requirement;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.learning.internal.LabSubmission;
import cn.yrd.academy.learning.internal.LabSubmissions;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestCourses;
import cn.yrd.academy.support.TestStudents;
import cn.yrd.academy.talent.internal.TalentConsent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What a company sees of the evidence: a certificate with its level, live status and verification link, the lab
 * behind it with its score, skills proven by them apart from self-declared ones; a revoked certificate leaves the
 * profile. The course and certification are the test's own, so no other test's students hold them.
 */
@IntegrationTest
class TalentEvidenceIntegrationTests {

	private static final String LAB = "first-lab";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private CoursePackages packages;

	@Autowired
	private Enrollments enrollments;

	@Autowired
	private Definitions definitions;

	@Autowired
	private LabSubmissions submissions;

	@Autowired
	private CertificateAwards awards;

	@Autowired
	private Certificates certificates;

	@Autowired
	private CertificateDecisions decisions;

	@Autowired
	private TalentConsent consent;

	@Test
	void aCompanySeesCertificatesWithLiveStatusAndEvidenceApartFromSelfDeclaredSkills() {
		String course = unique("TE");
		packages.importPackage(TestCourses.files(TestCourses.course(course, "TONGJI", Visibility.CLUSTER, "人才证据课程",
				"Talent evidence course", List.of("intro"), "安全操作。")), as("instructor1"), true);
		String nameZh = "机器人安全证书 " + unique("Z");
		CertificationDefinition definition = definitions.save(unique("TE"),
				new CertificationDefinition.Content(new Bilingual(nameZh, "Robot Safety " + nameZh),
						new Bilingual("说明", "About"), CertificateLevel.INTERMEDIATE, 24, TestStudents.ORGANIZATION_CODE,
						false, true, List.of("robot-safety"), List.of(Requirement.lab(course, LAB, 60))),
				as("admin"));
		AcademyUser student = as(new TestStudents(registrations, organizations).register("evidence").getUsername());
		enrollments.enroll(course, student);
		LabSubmission submission = submissions.submit(student, course, LAB, "完成。", List.of(), List.of());
		submissions.grade(submission.getId(), as("instructor1"), List.of(100), "很好");
		awards.evaluate(student.id());
		String number = certificates.mine(student.id()).stream()
			.filter(c -> c.getDefinition().getCode().equals(definition.getCode()))
			.map(Certificate::getNumber)
			.findFirst()
			.orElseThrow();

		assertThat(mvc.post().uri("/talent/profile").param("fields", "CERTIFICATES", "LABS", "ABOUT")
			.param("about", "安全第一").param("declaredSkills", "robot-welding").with(user(student)).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		String publicId = consent.profileOf(student.id()).orElseThrow().getPublicId();
		AcademyUser partner = as("partner1");

		assertThat(mvc.get().uri("/talent/search").param("q", nameZh).with(user(partner))).hasStatus(HttpStatus.OK)
			.bodyText().contains("result-" + publicId, nameZh, "中级", "机器人安全操作", "机器人焊接工艺", "100 %");
		assertThat(mvc.get().uri("/talent/search").param("skill", "robot-safety").param("minLevel", "2")
			.param("q", nameZh).with(user(partner))).hasStatus(HttpStatus.OK).bodyText().contains("result-" + publicId);
		assertThat(mvc.get().uri("/talent/search").param("skill", "robot-safety").param("minLevel", "3")
			.param("q", nameZh).with(user(partner))).hasStatus(HttpStatus.OK).bodyText().doesNotContain(publicId);
		assertThat(mvc.get().uri("/talent/profiles/" + publicId).with(user(partner))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains(nameZh, "中级", "有效", "/verify/" + number, "100 %", "有证据支撑", "机器人安全操作",
					"学员自述，未经验证", "机器人焊接工艺");

		decisions.revoke(number, as("admin"), "测试撤销");

		assertThat(mvc.get().uri("/talent/profiles/" + publicId).with(user(partner))).hasStatus(HttpStatus.OK)
			.bodyText().doesNotContain(number, nameZh).contains("100 %");
	}

	private AcademyUser as(String username) {
		return (AcademyUser) users.loadUserByUsername(username);
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}
