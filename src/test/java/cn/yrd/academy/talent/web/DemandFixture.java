package cn.yrd.academy.talent.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import cn.yrd.academy.catalog.Visibility;
import cn.yrd.academy.catalog.internal.CoursePackage;
import cn.yrd.academy.catalog.internal.CoursePackages;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.certification.CertificateLevel;
import cn.yrd.academy.certification.HeldCertificates;
import cn.yrd.academy.certification.internal.CertificateAwards;
import cn.yrd.academy.certification.internal.CertificationDefinition;
import cn.yrd.academy.certification.internal.Definitions;
import cn.yrd.academy.certification.internal.Requirement;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.internal.AccountAdministration;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.identity.internal.UserAccount;
import cn.yrd.academy.learning.internal.LabSubmission;
import cn.yrd.academy.learning.internal.LabSubmissions;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.support.TestCourses;
import cn.yrd.academy.support.TestStudents;
import cn.yrd.academy.talent.internal.TalentConsent;
import cn.yrd.academy.talent.internal.TalentField;
import cn.yrd.academy.talent.internal.TalentProfile;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Test data for demands: courses teaching a chosen skill (each its own, so no other test's students pass them), a
 * certification of that skill on a course's lab, students who pass labs, earn certificates and join the pool.
 */
final class DemandFixture {

	static final String LAB = "first-lab";

	private final CoursePackages packages;

	private final Enrollments enrollments;

	private final Definitions definitions;

	private final LabSubmissions submissions;

	private final CertificateAwards awards;

	private final UserDetailsService users;

	private final TalentConsent consent;

	private final HeldCertificates held;

	private final Registrations registrations;

	private final AccountAdministration administration;

	private final TestStudents students;

	DemandFixture(CoursePackages packages, Enrollments enrollments, Definitions definitions,
			LabSubmissions submissions, CertificateAwards awards, UserDetailsService users, TalentConsent consent,
			HeldCertificates held, Registrations registrations, AccountAdministration administration,
			OrganizationRepository organizations) {
		this.packages = packages;
		this.enrollments = enrollments;
		this.definitions = definitions;
		this.submissions = submissions;
		this.awards = awards;
		this.users = users;
		this.consent = consent;
		this.held = held;
		this.registrations = registrations;
		this.administration = administration;
		this.students = new TestStudents(registrations, organizations);
	}

	AcademyUser user(String username) {
		return (AcademyUser) users.loadUserByUsername(username);
	}

	static String uniqueCode(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	/** A published course of instructor1 teaching the skill, with the lab {@link #LAB}. */
	String course(String skill) {
		String code = uniqueCode("TD");
		CoursePackage c = TestCourses.course(code, "TONGJI", Visibility.CLUSTER, "需求测试课程", "Demand test course",
				List.of("intro"), "接线与调试。");
		packages.importPackage(TestCourses.files(new CoursePackage(c.code(), c.title(), c.summary(), c.owner(),
				c.level(), c.hours(), c.language(), c.visibility(), List.of(skill), c.prerequisites(), c.modules())),
				user("instructor1"), true);
		return code;
	}

	/** A certification of the skill at the level, needing the course's lab at 60 %, issued without approval. */
	CertificationDefinition definition(String course, String skill, CertificateLevel level) {
		return definitions.save(uniqueCode("TD"),
				new CertificationDefinition.Content(new Bilingual("需求测试认证", "Demand test certification"),
						new Bilingual("说明", "About"), level, 24, TestStudents.ORGANIZATION_CODE, false, true,
						List.of(skill), List.of(Requirement.lab(course, LAB, 60))),
				user("admin"));
	}

	AcademyUser student() {
		return user(students.register("td").getUsername());
	}

	/** The student enrolls, hands in the course's lab and instructor1 grades it full marks; awards follow. */
	void pass(AcademyUser student, String course) {
		enrollments.enroll(course, student);
		LabSubmission submission = submissions.submit(student, course, LAB, "完成。", List.of(), List.of());
		submissions.grade(submission.getId(), user("instructor1"), List.of(100), "很好");
		awards.evaluate(student.id());
	}

	String certificateNumber(AcademyUser student, String definitionCode) {
		return held.of(student.id()).stream()
			.filter(c -> c.definitionCode().equals(definitionCode))
			.findFirst()
			.orElseThrow()
			.number();
	}

	/** Opts the student in, sharing these fields, in Zhejiang, with the declared skills and a contact e-mail. */
	TalentProfile join(AcademyUser student, Set<TalentField> fields, List<String> declaredSkills) {
		return join(student, fields, declaredSkills, "宁波");
	}

	TalentProfile join(AcademyUser student, Set<TalentField> fields, List<String> declaredSkills, String city) {
		return consent.consent(student, fields, new TalentProfile.Details("自我介绍", Province.ZJ.name(), city,
				LocalDate.of(2027, 6, 30), true, "", student.getUsername() + "@contact.example.cn", "138 0000 0000",
				declaredSkills));
	}

	void withdraw(AcademyUser student) {
		consent.withdraw(student);
	}

	/** A newly registered partner company, approved, and its user. */
	AcademyUser otherPartner() {
		String username = TestStudents.uniqueUsername("tdp");
		UserAccount account = registrations.registerPartner(new Registrations.NewAccount(username, "另一家企业",
				username + "@example.cn", null, TestStudents.PASSWORD, Locale.SIMPLIFIED_CHINESE),
				new Registrations.NewCompany("需求测试企业" + username, "Demand test company " + username, Province.JS,
						"苏州"));
		administration.approvePartner(account.getId(), "admin");
		return user(username);
	}

}
