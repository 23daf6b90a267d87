package cn.yrd.academy.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.LongStream;

import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.Directory;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.MachineState;
import cn.yrd.academy.labs.internal.MachineRegistry;
import cn.yrd.academy.remote.RecordedSession;
import cn.yrd.academy.remote.SessionRecordings;
import cn.yrd.academy.remote.internal.RemoteTestLabs;
import cn.yrd.academy.shared.time.ClusterTime;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestBookers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A student attaches recordings of their own sessions of the exercise to a submission; the grader follows the link
 * to the playback. Another student's recording, one of another exercise and a deleted one are refused and nothing
 * is kept. The sessions are written straight into remote_sessions (a real guacd recording is
 * RecordingIntegrationTests' business); which of them may be attached is decided by the real SessionRecordings.
 */
@IntegrationTest
class SubmissionRecordingsIntegrationTests {

	private static final String COURSE = TestBookers.COURSE;

	private static final String LAB = TestBookers.LAB;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SessionRecordings recordings;

	@Autowired
	private LabSubmissions labSubmissions;

	@Autowired
	private LabSubmissionRepository submissions;

	@Autowired
	private ClusterTime clusterTime;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private Enrollments enrollments;

	@Autowired
	private Directory directory;

	@Autowired
	private MachineRegistry machines;

	@Autowired
	private JdbcTemplate jdbc;

	private TestBookers bookers;

	private RemoteTestLabs labs;

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	@BeforeEach
	void setUp() {
		bookers = new TestBookers(registrations, organizations, users, enrollments);
		labs = new RemoteTestLabs(directory, machines, jdbc);
	}

	@Test
	void forLabListsOnlyTheStudentsKeptRecordingsOfTheExerciseNewestFirst() {
		AcademyUser student = bookers.enrolledStudent("rec-list");
		AcademyUser classmate = bookers.enrolledStudent("rec-list2");
		LabMachine machine = machine(student);
		long booking = booking(student, machine, LAB, 3);
		long older = session(booking, student, machine, 3, "old.guac", false);
		long newer = session(booking, student, machine, 2, "new.guac", false);
		session(booking, student, machine, 2, null, false);
		session(booking, student, machine, 2, "gone.guac", true);
		session(booking(student, machine, "another-lab", 1), student, machine, 1, "other-lab.guac", false);
		session(booking(classmate, machine, LAB, 1), classmate, machine, 1, "classmate.guac", false);

		assertThat(recordings.forLab(student.id(), COURSE, LAB)).extracting(RecordedSession::sessionId)
			.containsExactly(newer, older);
		assertThat(recordings.forLab(student.id(), COURSE, LAB).get(0)).satisfies(r -> {
			assertThat(r.startedAt()).isEqualTo(now.minus(Duration.ofDays(2)));
			assertThat(r.minutes()).isEqualTo(40);
			assertThat(r.machineName()).isEqualTo(machine.name());
		});
	}

	@Test
	void ownRecordingIsAttachedAndTheGraderSeesTheLink() {
		AcademyUser student = bookers.enrolledStudent("rec-own");
		LabMachine machine = machine(student);
		long session = session(booking(student, machine, LAB, 1), student, machine, 1, "own.guac", false);
		String started = clusterTime.format(now.minus(Duration.ofDays(1)));

		assertThat(mvc.get().uri("/learning/submissions/new?course=" + COURSE + "&lab=" + LAB).with(user(student)))
			.hasStatusOk().bodyText().contains("附上我的实训录像", "value=\"" + session + "\"", started, "40 分钟")
			.doesNotContain("本实训还没有您的会话录像");
		assertThat(submit(student, "", session)).hasStatus(HttpStatus.FOUND);

		LabSubmission submission = only(student);
		assertThat(submission.getRecordingIds()).containsExactly(session);
		assertThat(submission.getNotes()).isEmpty();
		assertThat(mvc.get().uri("/learning/submissions/" + submission.getId()).with(user(student))).hasStatusOk()
			.bodyText().contains("/remote/recordings/" + session, started);
		assertThat(mvc.get().uri("/learning/grading/" + submission.getId()).with(user(instructor()))).hasStatusOk()
			.bodyText().contains("/remote/recordings/" + session);
		assertThat(mvc.get().uri("/remote/recordings/" + session).with(user(instructor()))).hasStatusOk();
	}

	@Test
	void theFormSaysSoWhenThereAreNoRecordings() {
		AcademyUser student = bookers.enrolledStudent("rec-none");

		assertThat(mvc.get().uri("/learning/submissions/new?course=" + COURSE + "&lab=" + LAB).with(user(student)))
			.hasStatusOk().bodyText().contains("本实训还没有您的会话录像");
		assertThat(mvc.get().uri("/learning/submissions/new?course=" + COURSE + "&lab=" + LAB).with(user(student))
			.cookie(new jakarta.servlet.http.Cookie(cn.yrd.academy.shared.web.LocaleConfiguration.COOKIE_NAME, "en")))
			.hasStatusOk().bodyText().contains("Attach my session recordings",
					"There are no recordings of your sessions for this lab yet");
	}

	@Test
	void recordingsNotTheStudentsOwnKeptOnesOfTheExerciseAreRefusedAndNothingIsStored() {
		AcademyUser student = bookers.enrolledStudent("rec-bad");
		AcademyUser classmate = bookers.enrolledStudent("rec-bad2");
		LabMachine machine = machine(student);
		long own = session(booking(student, machine, LAB, 2), student, machine, 2, "own.guac", false);
		long classmates = session(booking(classmate, machine, LAB, 1), classmate, machine, 1, "theirs.guac", false);
		long otherLab = session(booking(student, machine, "another-lab", 1), student, machine, 1, "lab2.guac", false);
		long deleted = session(booking(student, machine, LAB, 1), student, machine, 1, "gone.guac", true);
		long before = submissions.count();

		for (long refused : List.of(classmates, otherLab, deleted, 999_999_999L)) {
			assertThat(submit(student, "notes", own, refused)).hasStatusOk().bodyText()
				.contains("只能附上您自己在本实训中、仍然保留的会话录像");
			assertThatExceptionOfType(SubmissionRefused.class)
				.isThrownBy(() -> labSubmissions.submit(student, COURSE, LAB, "notes", List.of(), List.of(refused)))
				.satisfies(e -> assertThat(e.messageKey()).isEqualTo("learning.refused.recording"));
		}
		assertThat(submit(student, "notes", LongStream.rangeClosed(1, 11).map(i -> own + i * 1000).toArray()))
			.hasStatusOk().bodyText().contains("一次最多附上 10 段录像");
		assertThat(mvc.post().uri("/learning/submissions").multipart().param("course", COURSE).param("lab", LAB)
			.param("notes", "x").param("recordings", Long.toString(classmates))
			.cookie(new jakarta.servlet.http.Cookie(cn.yrd.academy.shared.web.LocaleConfiguration.COOKIE_NAME, "en"))
			.with(user(student)).with(csrf())).bodyText()
			.contains("You can only attach recordings of your own sessions for this lab that are still kept");

		assertThat(submissions.count()).isEqualTo(before);
		assertThat(submissions.findByUserIdOrderBySubmittedAtDesc(student.id())).isEmpty();
	}

	private MvcTestResult submit(AcademyUser student, String notes, long... sessionIds) {
		var request = mvc.post().uri("/learning/submissions").multipart().param("course", COURSE).param("lab", LAB)
			.param("notes", notes);
		for (long id : sessionIds) {
			request = request.param("recordings", Long.toString(id));
		}
		return request.with(user(student)).with(csrf()).exchange();
	}

	private LabMachine machine(AcademyUser student) {
		return labs.machine(student.organizationId(), 5900, MachineState.ACTIVE);
	}

	/** A booking of the exercise that began the given number of days ago. */
	private long booking(AcademyUser student, LabMachine machine, String labSlug, int daysAgo) {
		Instant start = now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofMinutes(5));
		long id = labs.booking(student, machine, start, start.plus(Duration.ofHours(1)), BookingStatus.COMPLETED);
		jdbc.update("UPDATE bookings SET lab_slug = ? WHERE id = ?", labSlug, id);
		return id;
	}

	/** A 40-minute session started the given number of days ago, recorded unless the path is null. */
	private long session(long booking, AcademyUser student, LabMachine machine, int daysAgo, String recording,
			boolean recordingDeleted) {
		Instant start = now.minus(Duration.ofDays(daysAgo));
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var insert = connection.prepareStatement("""
					INSERT INTO remote_sessions (booking_id, user_id, machine_id, connection_id, started_at, ended_at,
					  end_reason, recording_path, recording_deleted_at)
					VALUES (?, ?, ?, ?, ?, ?, 'closed', ?, ?)""", new String[] { "id" });
			insert.setLong(1, booking);
			insert.setLong(2, student.id());
			insert.setLong(3, machine.id());
			insert.setString(4, "$test-" + booking + "-" + daysAgo);
			insert.setTimestamp(5, RemoteTestLabs.sql(start));
			insert.setTimestamp(6, RemoteTestLabs.sql(start.plus(Duration.ofMinutes(40))));
			insert.setString(7, recording == null ? null : "2025/01/01/" + recording);
			insert.setTimestamp(8, recordingDeleted ? RemoteTestLabs.sql(now) : null);
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	private LabSubmission only(AcademyUser student) {
		List<LabSubmission> mine = submissions.findByUserIdOrderBySubmittedAtDesc(student.id());
		assertThat(mine).hasSize(1);
		return mine.get(0);
	}

	private AcademyUser instructor() {
		return (AcademyUser) users.loadUserByUsername("instructor1");
	}

}
