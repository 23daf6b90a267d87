package cn.yrd.academy.certification.web;

import java.util.List;
import java.util.UUID;

import cn.yrd.academy.catalog.Visibility;
import cn.yrd.academy.catalog.internal.CoursePackages;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.certification.CertificateLevel;
import cn.yrd.academy.certification.internal.CertificateAwards;
import cn.yrd.academy.certification.internal.CertificationDefinition;
import cn.yrd.academy.certification.internal.Definitions;
import cn.yrd.academy.certification.internal.Requirement;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.learning.internal.LabSubmission;
import cn.yrd.academy.learning.internal.LabSubmissions;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.support.TestCourses;
import cn.yrd.academy.support.TestStudents;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Test data for the certificate pages: a fresh course of its own (so no other test's students earn these
 * certificates), definitions on it issued by 宁波职业技术学院, students who enroll and pass its lab. Built from the
 * tests' own beans, so every integration test keeps sharing one context.
 */
final class CertificationFixture {

	static final String LAB = "first-lab";

	static final String ISSUER = TestStudents.ORGANIZATION_CODE;

	private final CoursePackages packages;

	private final Enrollments enrollments;

	private final Definitions definitions;

	private final LabSubmissions submissions;

	private final CertificateAwards awards;

	private final UserDetailsService users;

	private final TestStudents students;

	CertificationFixture(CoursePackages packages, Enrollments enrollments, Definitions definitions,
			LabSubmissions submissions, CertificateAwards awards, UserDetailsService users,
			Registrations registrations, OrganizationRepository organizations) {
		this.packages = packages;
		this.enrollments = enrollments;
		this.definitions = definitions;
		this.submissions = submissions;
		this.awards = awards;
		this.users = users;
		this.students = new TestStudents(registrations, organizations);
	}

	AcademyUser user(String username) {
		return (AcademyUser) users.loadUserByUsername(username);
	}

	static String uniqueCode(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	/** A published course of instructor1 (TONGJI) with two lessons and the lab {@link #LAB}. */
	String course() {
		String code = uniqueCode("CT");
		packages.importPackage(TestCourses.files(TestCourses.course(code, "TONGJI", Visibility.CLUSTER, "证书测试课程",
				"Certificate test course", List.of("intro", "wiring"), "接线与调试。")), user("instructor1"), true);
		return code;
	}

	/** A definition needing the course's lab at 60 %, saved by the cluster admin. */
	CertificationDefinition definition(String course, String nameZh, String nameEn, boolean approval) {
		return definitions.save(uniqueCode("CT"),
				new CertificationDefinition.Content(new Bilingual(nameZh, nameEn), new Bilingual("说明", "About"),
						CertificateLevel.BEGINNER, 24, ISSUER, approval, true, List.of(),
						List.of(Requirement.lab(course, LAB, 60))),
				user("admin"));
	}

	AcademyUser enrolledStudent(String course) {
		AcademyUser student = user(students.register("cert").getUsername());
		enrollments.enroll(course, student);
		return student;
	}

	/** The student hands in the lab and instructor1 grades it full marks; awards follow the commit. */
	void pass(AcademyUser student, String course) {
		LabSubmission submission = submissions.submit(student, course, LAB, "完成。", List.of(), List.of());
		submissions.grade(submission.getId(), user("instructor1"), List.of(100), "很好");
		awards.evaluate(student.id());
	}

}
