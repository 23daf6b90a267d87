package cn.yrd.academy.talent.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.yrd.academy.catalog.Visibility;
import cn.yrd.academy.catalog.internal.CoursePackages;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.certification.CertificateLevel;
import cn.yrd.academy.certification.internal.CertificateAwards;
import cn.yrd.academy.certification.internal.Certificate;
import cn.yrd.academy.certification.internal.CertificationDefinition;
import cn.yrd.academy.certification.internal.Certificates;
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
 * Test data for the talent pool, built from the tests' own beans so all integration tests share one context:
 * students with unique names, a certificate of a definition of its own (on a course of its own), and unique
 * tokens to find exactly one's own profiles in the shared index.
 */
public final class TalentFixture {

	static final String LAB = "first-lab";

	private final CoursePackages packages;

	private final Enrollments enrollments;

	private final Definitions definitions;

	private final LabSubmissions submissions;

	private final CertificateAwards awards;

	private final Certificates certificates;

	private final UserDetailsService users;

	private final Registrations registrations;

	private final TestStudents students;

	public TalentFixture(CoursePackages packages, Enrollments enrollments, Definitions definitions,
			LabSubmissions submissions, CertificateAwards awards, Certificates certificates, UserDetailsService users,
			Registrations registrations, OrganizationRepository organizations) {
		this.packages = packages;
		this.enrollments = enrollments;
		this.definitions = definitions;
		this.submissions = submissions;
		this.awards = awards;
		this.certificates = certificates;
		this.users = users;
		this.registrations = registrations;
		this.students = new TestStudents(registrations, organizations);
	}

	public AcademyUser user(String username) {
		return (AcademyUser) users.loadUserByUsername(username);
	}

	/** Latin letters only, so every analyzer keeps it as one searchable word. */
	public static String token(String prefix) {
		StringBuilder token = new StringBuilder(prefix);
		ThreadLocalRandom.current().ints(10, 'a', 'z' + 1).forEach(ch -> token.append((char) ch));
		return token.toString();
	}

	/** A student of 宁波职业技术学院 whose display name is the given (unique) name. */
	public AcademyUser student(String displayName) {
		String username = TestStudents.uniqueUsername("talent");
		registrations.registerStudent(new Registrations.NewAccount(username, displayName, username + "@example.cn",
				null, TestStudents.PASSWORD, Locale.SIMPLIFIED_CHINESE), students.organizationId());
		return user(username);
	}

	/**
	 * The student holds an issued beginner certificate of a new definition (unique code and name) with these
	 * skills, earned by passing the lab of a new course.
	 */
	public Certificate certify(AcademyUser student, String nameToken, List<String> skills) {
		String course = "TC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		packages.importPackage(TestCourses.files(TestCourses.course(course, "TONGJI", Visibility.CLUSTER, "人才测试课程",
				"Talent test course", List.of("intro", "wiring"), "接线与调试。")), user("instructor1"), true);
		CertificationDefinition definition = definitions.save(
				"TC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
				new CertificationDefinition.Content(new Bilingual("证书" + nameToken, "Certificate " + nameToken),
						new Bilingual("说明", "About"), CertificateLevel.BEGINNER, 24, TestStudents.ORGANIZATION_CODE,
						false, true, skills, List.of(Requirement.lab(course, LAB, 60))),
				user("admin"));
		enrollments.enroll(course, student);
		LabSubmission submission = submissions.submit(student, course, LAB, "完成。", List.of(), List.of());
		submissions.grade(submission.getId(), user("instructor1"), List.of(100), "很好");
		awards.evaluate(student.id());
		return certificates.mine(student.id()).stream()
			.filter(c -> c.getDefinition().getCode().equals(definition.getCode()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no certificate " + definition.getCode() + " was issued"));
	}

	public static TalentProfile.Details about(String about, String province) {
		return new TalentProfile.Details(about, province, "测试市", null, true, "自动化工程师", "hidden-mail@example.cn",
				"+86 138 0000 0000", List.of());
	}

	public static Set<TalentField> only(TalentField... fields) {
		return Set.of(fields);
	}

}
