package cn.yrd.academy.remote.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.AccountAdministration;
import cn.yrd.academy.identity.internal.Directory;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.identity.internal.UserAccount;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.internal.MachineRegistry;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.LabRuntime;
import cn.yrd.academy.support.TestBookers;
import cn.yrd.academy.support.TestStudents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Staff watching a student's live session through the real guacd: the course's instructor joins read-only and
 * sees the machine's frames, the student's page names them, nobody else gets a token, and a lab admin of the
 * base ends the session with a note the student's page shows. Every step is in the audit log.
 */
@IntegrationTest
class RemoteObserverIntegrationTests {

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

	private RemoteTestStaff staff;

	private AcademyUser student;

	private LabMachine machine;

	private long booking;

	private TunnelClient studentBrowser;

	@BeforeAll
	static void startLabRuntime() {
		LabRuntime.guacd();
		LabRuntime.plcSimulator();
	}

	@BeforeEach
	void setUp() throws Exception {
		RemoteTestLabs labs = new RemoteTestLabs(directory, machines, jdbc);
		staff = new RemoteTestStaff(registrations, organizations, administration);
		student = new TestBookers(registrations, organizations, users, enrollments).enrolledStudent("observed");
		machine = labs.vncMachine(student.organizationId());
		Instant now = Instant.now();
		booking = labs.booking(student, machine, now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofMinutes(50)),
				BookingStatus.ACTIVE);
		studentBrowser = TunnelClient.logIn(port, student.getUsername(), TestStudents.PASSWORD);
	}

	private TunnelClient.Tunnel studentConnected() throws Exception {
		TunnelClient.Tunnel tunnel = studentBrowser.open(studentBrowser.token(booking), studentBrowser.origin());
		tunnel.awaitContaining("4.sync,", WAIT);
		return tunnel;
	}

	private long liveSession() {
		return sessions.findByBookingIdOrderByStartedAt(booking).get(0).getId();
	}

	private TunnelClient logIn(UserAccount account) throws Exception {
		return TunnelClient.logIn(port, account.getUsername(), TestStudents.PASSWORD);
	}

	@Test
	void theCoursesInstructorWatchesReadOnlyAndTheStudentSeesWho() throws Exception {
		TunnelClient.Tunnel student = studentConnected();
		long session = liveSession();
		UserAccount instructor = staff.instructor(RemoteTestStaff.COURSE_OWNER);
		TunnelClient instructorBrowser = logIn(instructor);

		assertThat(instructorBrowser.get("/api/v1/remote-sessions?active=true").body())
			.contains("\"id\":" + session);
		TunnelClient.Tunnel observer = instructorBrowser.open(instructorBrowser.observeToken(session),
				instructorBrowser.origin());
		String frames = observer.awaitContaining("4.sync,", WAIT);
		assertThat(frames).contains("3.img,");
		awaitStatusContaining(instructor.getDisplayName());
		assertThat(instructorBrowser.get("/remote/sessions").body()).contains(instructor.getDisplayName(),
				"/remote/sessions/" + session + "/watch");

		// Input from the observer is dropped by the tunnel, not treated as an error: the view goes on.
		observer.send(GuacamoleInstructions.encode("key", "65", "1") + GuacamoleInstructions.encode("key", "65", "0")
				+ GuacamoleInstructions.encode("mouse", "100", "100", "1"));
		observer.send(GuacamoleInstructions.encode("nop"));
		Thread.sleep(500);
		assertThat(observer.closed).isNotDone();
		assertThat(student.closed).isNotDone();
		assertThat(audit("REMOTE_SESSION_JOINED", instructor.getUsername())).isEqualTo(1);

		observer.socket.sendClose(1000, "");
		awaitAudit("REMOTE_SESSION_LEFT", instructor.getUsername());
		student.socket.sendClose(1000, "");
	}

	@Test
	void observeTokensAreRefusedToStudentsOtherCoursesInstructorsAndOtherBasesLabAdmins() throws Exception {
		TunnelClient.Tunnel student = studentConnected();
		long session = liveSession();
		AcademyUser otherStudent = new TestBookers(registrations, organizations, users, enrollments)
			.enrolledStudent("nosy");
		long otherBase = new RemoteTestLabs(directory, machines, jdbc).vncMachine(student().organizationId()).baseId();

		for (TunnelClient stranger : List.of(studentBrowser,
				TunnelClient.logIn(port, otherStudent.getUsername(), TestStudents.PASSWORD),
				logIn(staff.instructor(TestStudents.ORGANIZATION_CODE)), logIn(staff.labAdmin(otherBase)))) {
			HttpResponse<String> response = stranger.post("/api/v1/remote-sessions/" + session + "/observe-token",
					null);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
			assertThat(response.body()).contains("\"code\":\"not-allowed\"");
			assertThat(stranger.get("/api/v1/remote-sessions?active=true").body()).doesNotContain("\"id\":" + session);
			assertThat(stranger.post("/api/v1/remote-sessions/" + session + "/end", "{}").statusCode()).isEqualTo(403);
		}
		assertThat(logIn(staff.instructor(RemoteTestStaff.COURSE_OWNER))
			.post("/api/v1/remote-sessions/" + session + "/end", "{}").statusCode())
			.as("instructors watch, they do not end sessions").isEqualTo(403);
		assertThat(student.closed).isNotDone();
		student.socket.sendClose(1000, "");
	}

	@Test
	void aLabAdminOfTheBaseEndsTheSessionAndTheStudentReadsWhy() throws Exception {
		TunnelClient.Tunnel student = studentConnected();
		long session = liveSession();
		UserAccount labAdmin = staff.labAdmin(machine.baseId());
		TunnelClient adminBrowser = logIn(labAdmin);
		TunnelClient.Tunnel observer = adminBrowser.open(adminBrowser.observeToken(session), adminBrowser.origin());
		observer.awaitContaining("4.sync,", WAIT);

		HttpResponse<String> ended = adminBrowser.post("/api/v1/remote-sessions/" + session + "/end",
				"{\"note\":\"设备需要检修，请改约其他时间\"}");

		assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
		assertThat(student.awaitClose(WAIT)).isEqualTo("1000 523 killed");
		assertThat(observer.awaitClose(WAIT)).isEqualTo("1000 523 session-ended");
		awaitEnded(session);
		RemoteSession record = sessions.findById(session).orElseThrow();
		assertThat(record.getEndReason()).isEqualTo("killed");
		assertThat(record.getEndedBy()).isEqualTo(labAdmin.getId());
		assertThat(studentBrowser.get("/labs/session/" + booking + "/status").body())
			.contains("设备需要检修，请改约其他时间").contains("\"observers\":[]");
		assertThat(audit("REMOTE_SESSION_KILLED", labAdmin.getUsername())).isEqualTo(1);
		assertThat(audit("REMOTE_SESSION_STARTED", student().getUsername())).isEqualTo(1);
		assertThat(audit("REMOTE_SESSION_ENDED", student().getUsername())).isEqualTo(1);
		assertThat(adminBrowser.post("/api/v1/remote-sessions/" + session + "/observe-token", null).statusCode())
			.as("an ended session cannot be watched").isEqualTo(409);
	}

	private AcademyUser student() {
		return student;
	}

	private void awaitStatusContaining(String text) throws Exception {
		String body = "";
		for (int i = 0; i < 50; i++) {
			body = studentBrowser.get("/labs/session/" + booking + "/status").body();
			if (body.contains(text)) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the student's status never named " + text + ": " + body);
	}

	private int audit(String type, String actor) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM audit_events WHERE type = ? AND actor = ?", Integer.class,
				type, actor);
	}

	private void awaitAudit(String type, String actor) throws InterruptedException {
		for (int i = 0; i < 100 && audit(type, actor) == 0; i++) {
			Thread.sleep(100);
		}
		assertThat(audit(type, actor)).as(type + " by " + actor).isEqualTo(1);
	}

	private void awaitEnded(long session) throws InterruptedException {
		for (int i = 0; i < 100 && sessions.findById(session).orElseThrow().getEndedAt() == null; i++) {
			Thread.sleep(100);
		}
		assertThat(sessions.findById(session).orElseThrow().getEndedAt()).isNotNull();
	}

}
