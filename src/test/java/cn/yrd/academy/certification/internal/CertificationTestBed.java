package cn.yrd.academy.certification.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.certification.CertificateLevel;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.internal.AccountAdministration;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.learning.internal.LabSubmission;
import cn.yrd.academy.learning.internal.LabSubmissions;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.support.TestStudents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the certification tests need around them: students enrolled in PLC-101 who finish its lessons and pass its
 * labs (graded by instructor1 of TONGJI, its owner), definitions with codes no other test uses, and staff.
 */
final class CertificationTestBed {

	static final String COURSE = "PLC-101";

	static final String LATCH = "start-stop-latch";

	static final String TRAFFIC = "traffic-light-sequence";

	static final String ISSUER = "TONGJI";

	/** Full points of each lab's checklist. */
	private static final Map<String, List<Integer>> FULL = Map.of(LATCH, List.of(25, 25, 15, 15, 10, 10), TRAFFIC,
			List.of(30, 20, 15, 15, 10, 10));

	/** PLC-101's lessons by module, as in courses/PLC-101/course.yaml. */
	private static final Map<String, List<String>> LESSONS = Map.of("plc-basics-hardware",
			List.of("what-is-a-plc", "s7-1200-hardware-wiring", "addressing-and-data-types"), "ladder-basic-instructions",
			List.of("contacts-coils-latching", "interlocks-motor-reversing", "timers-ton-tof-tp", "counters"),
			"program-design-debugging", List.of("structured-text-basics", "sequence-control-traffic-light",
					"hmi-tags-and-screens", "online-monitoring-troubleshooting"));

	private final Registrations registrations;

	private final OrganizationRepository organizations;

	private final AccountAdministration administration;

	private final UserDetailsService users;

	private final Enrollments enrollments;

	private final LabSubmissions submissions;

	private final Definitions definitions;

	private final JdbcTemplate jdbc;

	private final List<String> defined = new java.util.ArrayList<>();

	CertificationTestBed(Registrations registrations, OrganizationRepository organizations,
			AccountAdministration administration, UserDetailsService users, Enrollments enrollments,
			LabSubmissions submissions, Definitions definitions, JdbcTemplate jdbc) {
		this.registrations = registrations;
		this.organizations = organizations;
		this.administration = administration;
		this.users = users;
		this.enrollments = enrollments;
		this.submissions = submissions;
		this.definitions = definitions;
		this.jdbc = jdbc;
	}

	AcademyUser student() {
		AcademyUser student = account("cert", TestStudents.ORGANIZATION_CODE, null);
		enrollments.enroll(COURSE, student).orElseThrow();
		return student;
	}

	/** A lab admin of the organization, with a training base as the role asks for. */
	AcademyUser labAdmin(String organizationCode) {
		return account("certadm", organizationCode, Role.LAB_ADMIN);
	}

	AcademyUser user(String username) {
		return (AcademyUser) users.loadUserByUsername(username);
	}

	AcademyUser instructor() {
		return user("instructor1");
	}

	AcademyUser clusterAdmin() {
		return user("admin");
	}

	void finishLessons(AcademyUser student) {
		LESSONS.forEach((module, lessons) -> lessons.forEach(lesson -> {
			if (!enrollments.mark(COURSE, module, lesson, true, student)) {
				throw new IllegalStateException("No lesson " + module + "/" + lesson);
			}
		}));
	}

	/** Submits the lab and has instructor1 grade it with full points; the award check runs after the commit. */
	LabSubmission pass(AcademyUser student, String lab) {
		return passWith(student, lab, FULL.get(lab));
	}

	LabSubmission passWith(AcademyUser student, String lab, List<Integer> points) {
		LabSubmission submission = submissions.submit(student, COURSE, lab, "实训完成，记录见备注。", List.of(), List.of());
		return submissions.grade(submission.getId(), instructor(), points, "good");
	}

	/** Moves a graded submission back in time, past the retake time, so the lab may be submitted again. */
	void gradedDaysAgo(long submissionId, int days) {
		jdbc.update("UPDATE lab_submissions SET graded_at = DATE_SUB(graded_at, INTERVAL ? DAY), "
				+ "submitted_at = DATE_SUB(submitted_at, INTERVAL ? DAY) WHERE id = ?", days, days, submissionId);
	}

	static String uniqueCode(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
	}

	CertificationDefinition define(String code, Integer months, boolean approval, Requirement... requirements) {
		CertificationDefinition definition = definitions.save(code, content(months, approval, List.of(requirements)),
				clusterAdmin());
		defined.add(code);
		return definition;
	}

	/**
	 * Deactivates the definitions this bed made: they would otherwise award certificates to every student of
	 * later tests (and to the demo's student1) who passes PLC-101's labs.
	 */
	void retireDefinitions() {
		for (String code : defined) {
			CertificationDefinition.Content content = definitions.find(code).orElseThrow().content();
			definitions.save(code, new CertificationDefinition.Content(content.name(), content.description(),
					content.level(), content.validityMonths(), content.issuerCode(), content.approvalRequired(), false,
					content.skills(), content.requirements()), clusterAdmin());
		}
		defined.clear();
	}

	static CertificationDefinition.Content content(Integer months, boolean approval, List<Requirement> requirements) {
		return new CertificationDefinition.Content(new Bilingual("PLC 测试证书", "PLC test certificate"),
				new Bilingual("测试用证书。", "A certificate for tests."), CertificateLevel.BEGINNER, months, ISSUER,
				approval, true, List.of("plc-programming", "ladder-logic"), requirements);
	}

	private AcademyUser account(String prefix, String organizationCode, Role role) {
		String username = TestStudents.uniqueUsername(prefix);
		long account = registrations.registerStudent(new Registrations.NewAccount(username, "证书" + username,
				username + "@example.cn", null, TestStudents.PASSWORD, Locale.SIMPLIFIED_CHINESE),
				organizations.findByCode(organizationCode).orElseThrow().getId()).getId();
		if (role != null) {
			Long base = jdbc.queryForObject("SELECT MIN(id) FROM training_bases", Long.class);
			administration.changeRoles(account, java.util.Set.of(role), base, "test");
		}
		return user(username);
	}

}
