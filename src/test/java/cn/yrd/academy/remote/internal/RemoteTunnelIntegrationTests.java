package cn.yrd.academy.remote.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;

import cn.yrd.academy.booking.BookingEnded;
import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.Directory;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.MachineState;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The tunnel against a real guacd and a real VNC desktop: frames arrive for a valid token, every bad token,
 * booking and Origin is refused before guacd is asked for anything, bad frames close the tunnel, the booking's
 * end closes it, and the first frame marks the booking attended.
 */
@IntegrationTest
class RemoteTunnelIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	@LocalServerPort
	private int port;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

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
	private ConnectTokens tokens;

	@Autowired
	private RemoteSessionRepository sessions;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TunnelSweep sweep;

	private RemoteTestLabs labs;

	private TestBookers bookers;

	private AcademyUser student;

	private LabMachine machine;

	private TunnelClient browser;

	@BeforeAll
	static void startLabRuntime() {
		LabRuntime.guacd();
		LabRuntime.plcSimulator();
	}

	@BeforeEach
	void setUp() throws Exception {
		labs = new RemoteTestLabs(directory, machines, jdbc);
		bookers = new TestBookers(registrations, organizations, users, enrollments);
		student = bookers.enrolledStudent("tunnel");
		machine = labs.vncMachine(student.organizationId());
		browser = TunnelClient.logIn(port, student.getUsername(), TestStudents.PASSWORD);
	}

	private long activeBooking() {
		Instant now = Instant.now();
		return labs.booking(student, machine, now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofMinutes(50)),
				BookingStatus.ACTIVE);
	}

	@Test
	void framesFromTheMachineArriveThroughTheTunnelAndTheFirstMarksTheBookingAttended() throws Exception {
		long booking = activeBooking();
		TunnelClient.Tunnel tunnel = browser.open(browser.token(booking), browser.origin());

		assertThat(browser.get("/labs/session/" + booking).body()).contains("lab-session.js", "display-area");
		String first = tunnel.messages.poll(10, java.util.concurrent.TimeUnit.SECONDS);
		assertThat(first).as("the tunnel's UUID first").matches("0\\.,36\\.[0-9a-f-]{36};");
		String frames = tunnel.awaitContaining("4.sync,", WAIT);
		assertThat(frames).contains("3.img,");
		awaitAttended(booking);
		RemoteSession session = sessions.findByBookingIdOrderByStartedAt(booking).get(0);
		assertThat(session.getConnectionId()).startsWith("$");
		assertThat(session.getEndedAt()).isNull();

		tunnel.socket.sendClose(1000, "");
		awaitEnded(booking, "client-closed");
		assertThat(sessions.findById(session.getId()).orElseThrow().getBytesToBrowser()).isPositive();
	}

	@Test
	void anSshMachineDrawsItsTerminalThroughTheTunnel() throws Exception {
		LabMachine edge = new RemoteTestLabs(directory, machines, jdbc).sshMachine(student.organizationId());
		Instant now = Instant.now();
		long booking = new RemoteTestLabs(directory, machines, jdbc).booking(student, edge,
				now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofMinutes(55)), BookingStatus.ACTIVE);
		TunnelClient.Tunnel tunnel = browser.open(browser.token(booking), browser.origin());

		String frames = tunnel.awaitContaining("4.sync,", WAIT);
		assertThat(frames).contains("4.size,");
		awaitAttended(booking);
		tunnel.socket.sendClose(1000, "");
	}

	@Test
	void anUnreachableMachineClosesTheTunnelWithAReasonAndLeavesTheBookingUnattended() throws Exception {
		int closedPort;
		try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
			closedPort = probe.getLocalPort();
		}
		LabMachine dead = labs.machine(student.organizationId(), closedPort, MachineState.ACTIVE);
		Instant now = Instant.now();
		long booking = labs.booking(student, dead, now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofMinutes(55)),
				BookingStatus.ACTIVE);
		TunnelClient.Tunnel tunnel = browser.open(browser.token(booking), browser.origin());

		assertThat(tunnel.awaitClose(WAIT)).endsWith("machine-unreachable");
		awaitEnded(booking, "machine-unreachable");
		assertThat(jdbc.queryForObject("SELECT attended_at FROM bookings WHERE id = ?", Instant.class, booking))
			.as("not attended").isNull();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_events WHERE subject = ? AND details LIKE ?",
				Integer.class, "booking#" + booking, "%machine-unreachable%")).as("audited").isPositive();
	}

	@Test
	void theBookingsEndClosesTheTunnelAndRecordsTheEnd() throws Exception {
		long booking = activeBooking();
		TunnelClient.Tunnel tunnel = browser.open(browser.token(booking), browser.origin());
		tunnel.awaitContaining("4.sync,", WAIT);

		events.publishEvent(new BookingEnded(booking, machine.id(), student.id()));

		assertThat(tunnel.awaitClose(WAIT)).isEqualTo("1000 523 booking-ended");
		awaitEnded(booking, "booking-ended");
	}

	@Test
	void aBookingChangedOnAnotherNodeIsFoundByTheSweep() throws Exception {
		long booking = activeBooking();
		TunnelClient.Tunnel tunnel = browser.open(browser.token(booking), browser.origin());
		tunnel.awaitContaining("4.sync,", WAIT);
		assertThat(sweep.sweep()).as("nothing to close while the booking holds the machine").isZero();

		// cancelled where this node hears no event of it
		jdbc.update("UPDATE bookings SET status = 'CANCELLED' WHERE id = ?", booking);
		assertThat(sweep.sweep()).isEqualTo(1);

		assertThat(tunnel.awaitClose(WAIT)).isEqualTo("1000 523 booking-changed");
		awaitEnded(booking, "booking-changed");
	}

	@Test
	void aSecondWindowTakesTheMachineOver() throws Exception {
		long booking = activeBooking();
		TunnelClient.Tunnel first = browser.open(browser.token(booking), browser.origin());
		first.awaitContaining("4.sync,", WAIT);
		TunnelClient.Tunnel second = browser.open(browser.token(booking), browser.origin());

		assertThat(first.awaitClose(WAIT)).isEqualTo("1000 521 replaced");
		second.awaitContaining("4.sync,", WAIT);
		assertThat(second.closed).isNotDone();
		second.socket.sendClose(1000, "");
	}

	@Test
	void garbageAndOversizedFramesCloseTheTunnel() throws Exception {
		long booking = activeBooking();
		TunnelClient.Tunnel garbage = browser.open(browser.token(booking), browser.origin());
		garbage.awaitContaining("4.sync,", WAIT);
		garbage.send("4.key,not-a-guacamole-instruction");
		assertThat(garbage.awaitClose(WAIT)).isEqualTo("1008 768 bad-message");

		TunnelClient.Tunnel oversized = browser.open(browser.token(booking), browser.origin());
		oversized.awaitContaining("4.sync,", WAIT);
		String huge = "x".repeat(20_000);
		oversized.send(GuacamoleInstructions.encode("clipboard", huge));
		assertThat(oversized.awaitClose(WAIT)).isEqualTo("1008 768 bad-message");
		awaitEnded(booking, "bad-message");
		assertThat(sessions.findByBookingIdOrderByStartedAt(booking)).extracting(RemoteSession::getEndReason)
			.containsExactly("bad-message", "bad-message");
	}

	@Test
	void badTokensAndOriginsAreRefusedBeforeGuacdIsAsked() throws Exception {
		long booking = activeBooking();
		refused(() -> browser.open("forged-" + "A".repeat(40), browser.origin()), 403);

		String used = browser.token(booking);
		assertThat(tokens.consume(used, browser.sessionId())).isPresent();
		refused(() -> browser.open(used, browser.origin()), 403);

		String expired = browser.token(booking);
		jdbc.update("UPDATE remote_connect_tokens SET expires_at = ? WHERE token_hash = ?",
				ConnectTokens.sql(Instant.now().minusSeconds(1)), ConnectTokens.hash(expired));
		refused(() -> browser.open(expired, browser.origin()), 403);

		AcademyUser other = bookers.enrolledStudent("tunnel");
		TunnelClient otherBrowser = TunnelClient.logIn(port, other.getUsername(), TestStudents.PASSWORD);
		String mine = browser.token(booking);
		refused(() -> otherBrowser.open(mine, otherBrowser.origin()), 403);
		refused(() -> browser.open(mine, browser.origin()), 403);

		refused(() -> browser.open(browser.token(booking), "https://evil.example.com"), 403);
		refused(() -> browser.open(browser.token(booking), null), 403);

		String cancelledLater = browser.token(booking);
		labs.setStatus(booking, BookingStatus.CANCELLED);
		refused(() -> browser.open(cancelledLater, browser.origin()), 409);

		assertThat(sessions.findByBookingIdOrderByStartedAt(booking)).as("no guacd connection").isEmpty();
	}

	@Test
	void tokensAreIssuedOnlyForTheStudentsBookingWithinItsTime() throws Exception {
		Instant now = Instant.now();
		long notStarted = labs.booking(student, machine, now.plus(Duration.ofHours(30)),
				now.plus(Duration.ofHours(32)), BookingStatus.CONFIRMED);
		long ended = labs.booking(student, machine, now.minus(Duration.ofHours(30)),
				now.minus(Duration.ofHours(28)), BookingStatus.COMPLETED);
		long endedButConfirmed = labs.booking(student, machine, now.minus(Duration.ofHours(50)),
				now.minus(Duration.ofHours(48)), BookingStatus.CONFIRMED);
		long cancelled = labs.booking(student, machine, now.minus(Duration.ofHours(60)),
				now.plus(Duration.ofHours(60)), BookingStatus.CANCELLED);
		AcademyUser other = bookers.enrolledStudent("tunnel");
		LabMachine otherMachine = labs.vncMachine(other.organizationId());
		long othersBooking = labs.booking(other, otherMachine, now.minus(Duration.ofMinutes(5)),
				now.plus(Duration.ofMinutes(55)), BookingStatus.ACTIVE);

		assertRefused(notStarted, 409, "booking-not-started");
		assertRefused(ended, 409, "booking-not-active");
		assertRefused(endedButConfirmed, 409, "booking-ended");
		assertRefused(cancelled, 409, "booking-not-active");
		assertRefused(othersBooking, 404, "booking-not-found");
		LabMachine retired = labs.machine(student.organizationId(), machine.port(), MachineState.RETIRED);
		assertRefused(labs.booking(student, retired, now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofMinutes(55)),
				BookingStatus.ACTIVE), 409, "machine-unavailable");
		HttpResponse<String> response = browser.requestToken(notStarted);
		assertThat(response.body()).contains("预约时间还没开始");
	}

	private void assertRefused(long booking, int status, String code) throws Exception {
		HttpResponse<String> response = browser.requestToken(booking);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.body()).contains("\"code\":\"" + code + "\"");
	}

	private interface Opening {

		TunnelClient.Tunnel open() throws Exception;

	}

	private static void refused(Opening opening, int status) {
		assertThatThrownBy(opening::open).isInstanceOf(CompletionException.class)
			.hasCauseInstanceOf(WebSocketHandshakeException.class)
			.satisfies(ex -> assertThat(((WebSocketHandshakeException) ex.getCause()).getResponse().statusCode())
				.isEqualTo(status));
	}

	private void awaitAttended(long booking) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			List<java.sql.Timestamp> attended = jdbc.queryForList("SELECT attended_at FROM bookings WHERE id = ?",
					java.sql.Timestamp.class, booking);
			if (attended.get(0) != null) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("booking " + booking + " not marked attended");
	}

	private void awaitEnded(long booking, String reason) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			List<RemoteSession> all = sessions.findByBookingIdOrderByStartedAt(booking);
			if (!all.isEmpty() && all.get(all.size() - 1).getEndedAt() != null) {
				assertThat(all.get(all.size() - 1).getEndReason()).isEqualTo(reason);
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("session of booking " + booking + " not ended");
	}

}
