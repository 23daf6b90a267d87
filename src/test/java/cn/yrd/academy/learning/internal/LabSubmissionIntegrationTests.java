package cn.yrd.academy.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.learning.LabSubmissionGraded;
import cn.yrd.academy.notification.internal.NotificationCenter;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestBookers;
import cn.yrd.academy.support.TestInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Lab submissions through the pages, on the shared application: files kept on disk with checksums, bad files
 * refused, grading by the course's instructors only, and another attempt after a fail.
 */
@IntegrationTest
@RecordApplicationEvents
class LabSubmissionIntegrationTests {

	private static final String LAB = TestBookers.LAB;

	private static final String COURSE = TestBookers.COURSE;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private LabSubmissionRepository submissions;

	@Autowired
	private SubmissionFiles files;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private Enrollments enrollments;

	@Autowired
	private NotificationCenter notificationCenter;

	@Autowired
	private ApplicationEvents events;

	@Autowired
	private cn.yrd.academy.learning.LabResults results;

	@Autowired
	private cn.yrd.academy.identity.internal.AuditEventRepository auditEvents;

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	private TestBookers bookers;

	@BeforeEach
	void setUp() {
		bookers = new TestBookers(registrations, organizations, users, enrollments);
	}

	@Test
	void submissionKeepsFilesOnDiskWithTheirChecksums() throws IOException {
		AcademyUser student = bookers.enrolledStudent("sub-disk");
		byte[] pdf = "%PDF-1.7\n测试报告\n".getBytes(StandardCharsets.UTF_8);
		byte[] archive = zip();

		assertThat(submit(student, "交通灯已调试完成", file("报告.pdf", pdf), file("Lab02_Traffic_2025001.zap17", archive)))
			.hasStatus(HttpStatus.FOUND);

		LabSubmission submission = only(student);
		assertThat(submission.getNotes()).isEqualTo("交通灯已调试完成");
		assertThat(submission.getStatus()).isEqualTo(LabSubmission.Status.SUBMITTED);
		assertThat(submission.getFiles()).extracting(SubmittedFile::getOriginalName)
			.containsExactly("报告.pdf", "Lab02_Traffic_2025001.zap17");
		SubmittedFile stored = submission.getFiles().get(0);
		Path path = files.path(submission.getId(), stored);
		assertThat(path.getParent().getFileName().toString()).isEqualTo(submission.getId().toString());
		assertThat(stored.getStoredName()).doesNotContain("报告").endsWith(".pdf");
		assertThat(Files.readAllBytes(path)).isEqualTo(pdf);
		assertThat(stored.getSha256()).isEqualTo(sha256(pdf));
		assertThat(stored.getSize()).isEqualTo(pdf.length);
	}

	@Test
	void badFilesAreRefusedWithATranslatedMessageAndNothingIsStored() {
		AcademyUser student = bookers.enrolledStudent("sub-bad");
		long before = submissions.count();

		assertRefused(student, file("../../etc/报告.pdf", "%PDF-1.7".getBytes()), "文件名不允许包含路径");
		assertRefused(student, file("/tmp/report.pdf", "%PDF-1.7".getBytes()), "文件名不允许包含路径");
		assertRefused(student, file("C:\\Users\\a\\report.pdf", "%PDF-1.7".getBytes()), "文件名不允许包含路径");
		assertRefused(student, file("run.exe", "MZ....".getBytes()), "不接受文件“run.exe”");
		assertRefused(student, file("fake.pdf", "MZ this is no pdf".getBytes()), "不接受文件“fake.pdf”");
		assertRefused(student, file("fake.zap17", "%PDF-1.7".getBytes()), "不接受文件“fake.zap17”");
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
		assertRefused(student, file("big.pdf", big), "文件“big.pdf”太大");
		MockMultipartFile[] six = Stream.generate(() -> file("a.txt", "ok".getBytes())).limit(6)
			.toArray(MockMultipartFile[]::new);
		assertRefused(student, six, "一次最多上传 5 个文件");

		assertThat(submissions.count()).isEqualTo(before);
		assertThat(submissions.findByUserIdOrderBySubmittedAtDesc(student.id())).isEmpty();
	}

	@Test
	void englishRefusalsAreTranslated() {
		AcademyUser student = bookers.enrolledStudent("sub-en");

		assertThat(mvc.post().uri("/learning/submissions").multipart().file(file("run.exe", "MZ".getBytes()))
			.param("course", COURSE).param("lab", LAB).param("notes", "x")
			.cookie(new jakarta.servlet.http.Cookie(cn.yrd.academy.shared.web.LocaleConfiguration.COOKIE_NAME, "en"))
			.with(user(student)).with(csrf())).bodyText().contains("File &quot;run.exe&quot; is not accepted");
	}

	@Test
	void studentsNotEnrolledMayNotSubmit() {
		AcademyUser outsider = bookers.student("sub-out");

		assertThat(submit(outsider, "notes")).hasStatusOk().bodyText().contains("您尚未报名课程 PLC-101");
		assertThat(submissions.findByUserIdOrderBySubmittedAtDesc(outsider.id())).isEmpty();
	}

	@Test
	void instructorOfTheCourseGradesAPassAndTheStudentIsNotified() {
		AcademyUser student = bookers.enrolledStudent("sub-pass");
		submit(student, "全部完成", file("log.txt", "测试记录 OK".getBytes(StandardCharsets.UTF_8)));
		LabSubmission submission = only(student);

		assertThat(mvc.get().uri("/learning/grading").with(user(instructor()))).hasStatusOk().bodyText()
			.contains(student.displayName());
		assertThat(grade(submission.getId(), instructor(), 30, 20, 10, 0, 0, 0)).hasStatus(HttpStatus.FOUND);

		LabSubmission graded = submissions.findById(submission.getId()).orElseThrow();
		assertThat(graded.getScore()).isEqualTo(60);
		assertThat(graded.getStatus()).isEqualTo(LabSubmission.Status.PASSED);
		assertThat(graded.getItemPoints()).containsExactly(30, 20, 10, 0, 0, 0);
		assertThat(events.stream(LabSubmissionGraded.class)
			.filter(e -> e.submissionId() == submission.getId())).singleElement()
			.satisfies(e -> {
				assertThat(e.userId()).isEqualTo(student.id());
				assertThat(e.courseCode()).isEqualTo(COURSE);
				assertThat(e.labSlug()).isEqualTo(LAB);
				assertThat(e.score()).isEqualTo(60);
				assertThat(e.passed()).isTrue();
			});
		assertThat(new TestInbox(notificationCenter).kinds(student.id())).first().isEqualTo("lab-graded");
		assertThat(auditEvents.findAll()).anySatisfy(event -> {
			assertThat(event.getType()).isEqualTo(cn.yrd.academy.identity.AuditEventType.LAB_SUBMISSION_GRADED);
			assertThat(event.getSubject()).isEqualTo("lab-submission:" + submission.getId());
		});
		assertThat(mvc.get().uri("/learning/submissions/" + submission.getId()).with(user(student))).hasStatusOk()
			.bodyText().contains("得分 60，及格线 60。").contains("通过");
		assertThat(submit(student, "again")).bodyText().contains("您已通过该实训");
		assertThat(results.passedBy(student.id())).singleElement().satisfies(passed -> {
			assertThat(passed.submissionId()).isEqualTo(submission.getId());
			assertThat(passed.courseCode()).isEqualTo(COURSE);
			assertThat(passed.score()).isEqualTo(60);
		});
	}

	@Test
	void aPassedExerciseMayBeAttemptedAgainOnceTheRetakeTimeIsOver() {
		AcademyUser student = bookers.enrolledStudent("sub-retake");
		submit(student, "第一次");
		LabSubmission first = only(student);
		grade(first.getId(), instructor(), 30, 20, 15, 15, 10, 10);
		assertThat(submit(student, "too soon")).bodyText().contains("您已通过该实训");

		jdbc.update("UPDATE lab_submissions SET graded_at = ? WHERE id = ?",
				java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(181))), first.getId());

		assertThat(submit(student, "renewal")).hasStatus(HttpStatus.FOUND);
		assertThat(submissions.findByUserIdAndCourseCodeAndLabSlugOrderByAttemptDesc(student.id(), COURSE, LAB))
			.extracting(LabSubmission::getAttempt, LabSubmission::getStatus)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, LabSubmission.Status.SUBMITTED),
					org.assertj.core.groups.Tuple.tuple(1, LabSubmission.Status.PASSED));
	}

	@Test
	void aFailMayBeResubmittedAsANewAttempt() {
		AcademyUser student = bookers.enrolledStudent("sub-fail");
		submit(student, "第一次");
		LabSubmission first = only(student);
		assertThat(submit(student, "too soon")).bodyText().contains("等待评分");

		assertThat(grade(first.getId(), instructor(), 30, 20, 9, 0, 0, 0)).hasStatus(HttpStatus.FOUND);
		assertThat(submissions.findById(first.getId()).orElseThrow().getStatus())
			.isEqualTo(LabSubmission.Status.FAILED);
		assertThat(events.stream(LabSubmissionGraded.class).filter(e -> e.submissionId() == first.getId()))
			.singleElement().satisfies(e -> assertThat(e.passed()).isFalse());
		assertThat(grade(first.getId(), instructor(), 30, 20, 15, 15, 10, 10)).hasStatusOk().bodyText()
			.contains("该提交已经评过分");

		assertThat(submit(student, "第二次")).hasStatus(HttpStatus.FOUND);
		assertThat(submissions.findByUserIdAndCourseCodeAndLabSlugOrderByAttemptDesc(student.id(), COURSE, LAB))
			.extracting(LabSubmission::getAttempt, LabSubmission::getStatus)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, LabSubmission.Status.SUBMITTED),
					org.assertj.core.groups.Tuple.tuple(1, LabSubmission.Status.FAILED));
		assertThat(results.passedBy(student.id())).isEmpty();
	}

	@Test
	void scoresAboveAnItemsPointsAreRefused() {
		AcademyUser student = bookers.enrolledStudent("sub-over");
		submit(student, "notes");
		LabSubmission submission = only(student);

		assertThat(grade(submission.getId(), instructor(), 31, 20, 15, 15, 10, 10)).hasStatusOk().bodyText()
			.contains("每个评分要点的得分须在 0 到该项满分之间");
		assertThat(submissions.findById(submission.getId()).orElseThrow().getStatus())
			.isEqualTo(LabSubmission.Status.SUBMITTED);
	}

	@Test
	void instructorsOfAnotherOrganizationAndTheStudentMayNotGrade() {
		AcademyUser student = bookers.enrolledStudent("sub-403");
		submit(student, "notes", file("log.txt", "ok".getBytes()));
		long id = only(student).getId();
		AcademyUser otherInstructor = new AcademyUser(student.id() + 100000, "other-org", "别的讲师",
				((AcademyUser) users.loadUserByUsername("labadmin1")).organizationId(), null, Set.of(Role.INSTRUCTOR),
				null, true, true);
		AcademyUser studentAsInstructor = new AcademyUser(student.id(), student.getUsername(), student.displayName(),
				instructor().organizationId(), null, Set.of(Role.INSTRUCTOR), null, true, true);

		assertThat(grade(id, otherInstructor, 30, 20, 15, 15, 10, 10)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/learning/grading/" + id).with(user(otherInstructor)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(grade(id, studentAsInstructor, 30, 20, 15, 15, 10, 10)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(grade(id, student, 30, 20, 15, 15, 10, 10)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/learning/grading").with(user(otherInstructor))).hasStatusOk().bodyText()
			.doesNotContain(student.displayName());
		assertThat(submissions.findById(id).orElseThrow().getStatus()).isEqualTo(LabSubmission.Status.SUBMITTED);
	}

	@Test
	void filesDownloadOnlyForTheStudentAndTheCoursesInstructors() {
		AcademyUser student = bookers.enrolledStudent("sub-dl");
		AcademyUser classmate = bookers.enrolledStudent("sub-dl2");
		byte[] content = "PLC 测试记录".getBytes(StandardCharsets.UTF_8);
		submit(student, "notes", file("记录.txt", content));
		String uri = "/learning/submissions/" + only(student).getId() + "/files/0";

		assertThat(mvc.get().uri(uri).with(user(student))).hasStatusOk().hasHeader("X-Content-Type-Options", "nosniff")
			.body().isEqualTo(content);
		assertThat(mvc.get().uri(uri).with(user(instructor()))).hasStatusOk().body().isEqualTo(content);
		assertThat(mvc.get().uri(uri).with(user(classmate))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/learning/submissions/" + only(student).getId()).with(user(classmate)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri(uri.replace("/files/0", "/files/1")).with(user(student)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(uri)).hasStatus3xxRedirection();
	}

	private MvcTestResult submit(AcademyUser student, String notes, MockMultipartFile... uploads) {
		var request = mvc.post().uri("/learning/submissions").multipart();
		for (MockMultipartFile upload : uploads) {
			request = request.file(upload);
		}
		return request.param("course", COURSE).param("lab", LAB).param("notes", notes).with(user(student))
			.with(csrf()).exchange();
	}

	private void assertRefused(AcademyUser student, MockMultipartFile upload, String message) {
		assertRefused(student, new MockMultipartFile[] { upload }, message);
	}

	private void assertRefused(AcademyUser student, MockMultipartFile[] uploads, String message) {
		assertThat(submit(student, "notes", uploads)).hasStatusOk().bodyText().contains(message);
	}

	private MvcTestResult grade(long id, AcademyUser grader, int... points) {
		var request = mvc.post().uri("/learning/grading/" + id);
		for (int p : points) {
			request = request.param("points", Integer.toString(p));
		}
		return request.param("comment", "评语").with(user(grader)).with(csrf()).exchange();
	}

	private LabSubmission only(AcademyUser student) {
		List<LabSubmission> mine = submissions.findByUserIdOrderBySubmittedAtDesc(student.id());
		assertThat(mine).hasSize(1);
		return mine.get(0);
	}

	private AcademyUser instructor() {
		return (AcademyUser) users.loadUserByUsername("instructor1");
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("files", name, "application/octet-stream", content);
	}

	private static byte[] zip() throws IOException {
		var out = new java.io.ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipOutputStream(out)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("Lab02/project.ap17"));
			zip.write("project".getBytes());
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}


}
