package cn.yrd.academy.remote.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.AccountAdministration;
import cn.yrd.academy.identity.internal.Directory;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.internal.MachineRegistry;
import cn.yrd.academy.remote.RecordedSession;
import cn.yrd.academy.remote.SessionRecordings;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.LabRuntime;
import cn.yrd.academy.support.TestBookers;
import cn.yrd.academy.support.TestStudents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * guacd records a real session into the day's folder; the file is served to the student who made it and the
 * course's instructor, refused to another student, offered to the student for a lab submission; the retention job
 * deletes it once it is old enough.
 */
@IntegrationTest
class RecordingIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	@LocalServerPort
	private int port;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private AccountAdministration administration;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Enrollments enrollments;

	@Autowired
	private Directory directory;

	@Autowired
	private MachineRegistry machines;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private RemoteSessionRepository sessions;

	@Autowired
	private RemoteProperties properties;

	@Autowired
	private RecordingRetention retention;

	@Autowired
	private SessionRecordings sessionRecordings;

	@BeforeAll
	static void startLabRuntime() {
		LabRuntime.guacd();
		LabRuntime.plcSimulator();
	}

	@Test
	void aSessionIsRecordedByDateServedToItsPeopleAndDeletedWhenOld() throws Exception {
		TestBookers bookers = new TestBookers(registrations, organizations, users, enrollments);
		AcademyUser student = bookers.enrolledStudent("recorded");
		LabMachine machine = new RemoteTestLabs(directory, machines, jdbc).vncMachine(student.organizationId());
		Instant now = Instant.now();
		long booking = new RemoteTestLabs(directory, machines, jdbc).booking(student, machine,
				now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofMinutes(50)), BookingStatus.ACTIVE);
		TunnelClient studentBrowser = TunnelClient.logIn(port, student.getUsername(), TestStudents.PASSWORD);

		TunnelClient.Tunnel tunnel = studentBrowser.open(studentBrowser.token(booking), studentBrowser.origin());
		tunnel.awaitContaining("4.sync,", WAIT);
		Thread.sleep(1500);
		tunnel.socket.sendClose(1000, "");
		RemoteSession session = awaitEnded(booking);

		String day = LocalDate.now(ClockConfiguration.CLUSTER_ZONE).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
		assertThat(session.getRecordingPath()).startsWith(day + "/session-" + session.getId());
		Path file = properties.recordingsDir().toAbsolutePath().resolve(session.getRecordingPath());
		awaitNonEmpty(file);
		assertThat(sessionRecordings.forLab(student.id(), TestBookers.COURSE, TestBookers.LAB)).as("attachable")
			.extracting(RecordedSession::sessionId).containsExactly(session.getId());

		String url = "/remote/recordings/" + session.getId() + "/file";
		AcademyUser otherStudent = bookers.enrolledStudent("peeking");
		TunnelClient otherBrowser = TunnelClient.logIn(port, otherStudent.getUsername(), TestStudents.PASSWORD);
		assertThat(otherBrowser.getBytes(url).statusCode()).isEqualTo(403);
		assertThat(otherBrowser.get("/remote/recordings/" + session.getId()).statusCode()).isEqualTo(403);
		TunnelClient otherInstructor = TunnelClient.logIn(port, new RemoteTestStaff(registrations, organizations,
				administration).instructor(TestStudents.ORGANIZATION_CODE).getUsername(), TestStudents.PASSWORD);
		assertThat(otherInstructor.getBytes(url).statusCode()).isEqualTo(403);

		TunnelClient instructor = TunnelClient.logIn(port, new RemoteTestStaff(registrations, organizations,
				administration).instructor(RemoteTestStaff.COURSE_OWNER).getUsername(), TestStudents.PASSWORD);
		HttpResponse<byte[]> served = instructor.getBytes(url);
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
		assertThat(served.body()).hasSize((int) Files.size(file));
		assertThat(new String(served.body(), 0, 200, java.nio.charset.StandardCharsets.UTF_8)).contains("4.size,");
		assertThat(studentBrowser.getBytes(url).statusCode()).isEqualTo(200);
		assertThat(studentBrowser.get("/remote/recordings/" + session.getId()).body()).contains("recording-player.js",
				"/remote/recordings/" + session.getId() + "/file");
		assertThat(studentBrowser.get("/remote/bookings/" + booking + "/recordings").body())
			.contains("/remote/recordings/" + session.getId());
		RemoteTestLabs labs = new RemoteTestLabs(directory, machines, jdbc);
		labs.setTimes(booking, now.minus(Duration.ofMinutes(70)), now.minus(Duration.ofMinutes(10)));
		labs.setStatus(booking, BookingStatus.COMPLETED);
		assertThat(studentBrowser.get("/bookings").body()).as("My bookings links a past booking's recordings")
			.contains("/remote/bookings/" + booking + "/recordings");

		jdbc.update("UPDATE remote_sessions SET started_at = ? WHERE id = ?",
				ConnectTokens.sql(Instant.now().minus(properties.recordingRetention()).minus(Duration.ofDays(1))),
				session.getId());
		assertThat(retention.purge()).isGreaterThanOrEqualTo(1);

		assertThat(file).doesNotExist();
		assertThat(sessions.findById(session.getId()).orElseThrow().getRecordingDeletedAt()).isNotNull();
		assertThat(instructor.getBytes(url).statusCode()).isEqualTo(404);
		assertThat(retention.purge()).as("nothing left to delete").isZero();
		assertThat(sessionRecordings.forLab(student.id(), TestBookers.COURSE, TestBookers.LAB)).as("deleted").isEmpty();
	}

	private RemoteSession awaitEnded(long booking) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			var all = sessions.findByBookingIdOrderByStartedAt(booking);
			if (!all.isEmpty() && all.get(0).getEndedAt() != null) {
				return all.get(0);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("session of booking " + booking + " not ended");
	}

	/** guacd flushes and closes the file as the connection ends, a moment after the tunnel. */
	private static void awaitNonEmpty(Path file) throws Exception {
		for (int i = 0; i < 50 && !(Files.exists(file) && Files.size(file) > 0); i++) {
			Thread.sleep(100);
		}
		assertThat(file).exists();
		assertThat(Files.size(file)).isPositive();
	}

}
