package cn.yrd.academy.labs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.booking.internal.Booking;
import cn.yrd.academy.booking.internal.BookingRefused;
import cn.yrd.academy.booking.internal.Refusal;
import cn.yrd.academy.booking.internal.BookingRepository;
import cn.yrd.academy.booking.internal.Bookings;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.AccountAdministration;
import cn.yrd.academy.identity.internal.Directory;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.LabMachines;
import cn.yrd.academy.labs.MachineSecrets;
import cn.yrd.academy.labs.internal.HealthTestBases.HealthBase;
import cn.yrd.academy.labs.internal.MachineHealth.Transition;
import cn.yrd.academy.notification.internal.NotificationCenter;
import cn.yrd.academy.notification.internal.NotificationCenter.Shown;
import cn.yrd.academy.support.TestInbox;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestBookers;
import cn.yrd.academy.support.TestStudents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The machine health check on the embedded MariaDB, against local ports the test opens and closes. The job is
 * run directly; Quartz may run it in between as well, so each test asserts outcomes, which a run more or less
 * must not change, rather than which run caused them.
 */
@IntegrationTest
class MachineHealthIntegrationTests {

	@Autowired
	private MachineHealthCheck job;

	@Autowired
	private HealthTransitions transitions;

	@Autowired
	private HealthReport report;

	@Autowired
	private LabMachines machines;

	@Autowired
	private Bookings bookings;

	@Autowired
	private BookingRepository bookingRepository;

	@Autowired
	private NotificationCenter notificationCenter;

	@Autowired
	private Directory directory;

	@Autowired
	private BaseSchedule schedule;

	@Autowired
	private MachineRegistry registry;

	@Autowired
	private AccountAdministration accounts;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Enrollments enrollments;

	private HealthTestBases bases;

	private TestBookers bookers;

	private final List<ServerSocket> sockets = new ArrayList<>();

	@BeforeEach
	void setUp() {
		bases = new HealthTestBases(directory, schedule, registry, new TestStudents(registrations, organizations),
				accounts);
		bookers = new TestBookers(registrations, organizations, users, enrollments);
	}

	@AfterEach
	void closeSockets() throws IOException {
		for (ServerSocket socket : sockets) {
			socket.close();
		}
	}

	@Test
	void aMachineThatStopsAnsweringGoesOfflineMovesItsBookingAndAlertsTheLabAdmins() throws IOException {
		HealthBase base = bases.create();
		ServerSocket first = open();
		LabMachine failing = bases.machine(base, "PLC-01", first.getLocalPort());
		LabMachine spare = bases.machine(base, "PLC-02", open().getLocalPort());
		AcademyUser student = bookers.enrolledStudent("health");
		Booking booking = book(student, failing);

		job.run();
		assertThat(status(failing)).isEqualTo(HealthStatus.ONLINE);
		assertThat(status(spare)).isEqualTo(HealthStatus.ONLINE);

		first.close();
		job.run();
		job.run();

		assertThat(status(failing)).isEqualTo(HealthStatus.OFFLINE);
		Booking moved = bookingRepository.findById(booking.getId()).orElseThrow();
		assertThat(moved.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(moved.getMachineId()).isEqualTo(spare.id());
		assertThat(moved.getSequence()).as("moved once").isEqualTo(1);
		assertThat(inbox().shown(student.id(), Locale.SIMPLIFIED_CHINESE)).first().satisfies(told -> {
			assertThat(told.kind()).isEqualTo("booking-moved");
			assertThat(told.body()).contains("PLC-02", "无法连接");
		});
		assertThat(alerts(base)).singleElement().satisfies(alert -> {
			assertThat(alert.kind()).isEqualTo("machine-offline");
			assertThat(alert.subject()).contains("PLC-01", "连接检查测试基地" + base.code());
			assertThat(alert.link()).isEqualTo("/labadmin/machines");
		});
		assertThat(report.changes(failing.id())).extracting(HealthChange::status)
			.containsExactly(HealthStatus.OFFLINE, HealthStatus.ONLINE);
		assertThat(machines.activeWithImage(HealthTestBases.PLC)).extracting(LabMachine::id)
			.contains(spare.id())
			.doesNotContain(failing.id());
	}

	@Test
	void anOfflineMachineWithNoOtherFreeMachineCancelsTheBookingAndTakesNoNewOnes() throws IOException {
		HealthBase base = bases.create();
		ServerSocket socket = open();
		LabMachine only = bases.machine(base, "PLC-01", socket.getLocalPort());
		AcademyUser student = bookers.enrolledStudent("health");
		Booking booking = book(student, only);
		job.run();

		socket.close();
		job.run();
		job.run();

		Booking cancelled = bookingRepository.findById(booking.getId()).orElseThrow();
		assertThat(cancelled.getStatus()).isEqualTo(BookingStatus.CANCELLED);
		assertThat(cancelled.getCancelReason()).isEqualTo("labs.health.offline");
		assertThat(inbox().shown(student.id(), Locale.SIMPLIFIED_CHINESE)).first().satisfies(told -> {
			assertThat(told.kind()).isEqualTo("booking-cancelled");
			assertThat(told.body()).contains("无法连接");
		});
		assertThat(alerts(base)).extracting(Shown::kind).containsExactly("machine-offline");
		AcademyUser other = bookers.enrolledStudent("health");
		assertThatThrownBy(() -> bookings.book(new Bookings.Request(TestBookers.COURSE, TestBookers.LAB,
				HealthTestBases.soon(Instant.now()), null, base.code()), other, null))
			.isInstanceOf(BookingRefused.class);
		assertThatThrownBy(() -> bookings.book(new Bookings.Request(TestBookers.COURSE, TestBookers.LAB,
				HealthTestBases.soon(Instant.now()), only.id(), null), other, null))
			.as("nor by naming the machine")
			.isInstanceOfSatisfying(BookingRefused.class,
					refused -> assertThat(refused.refusal()).isEqualTo(Refusal.MACHINE_UNAVAILABLE));
	}

	@Test
	void checkingAnOfflineMachineAgainWithdrawsAndAlertsNothingMore() throws IOException {
		HealthBase base = bases.create();
		ServerSocket socket = open();
		LabMachine machine = bases.machine(base, "PLC-01", socket.getLocalPort());
		job.run();
		socket.close();
		job.run();
		job.run();
		assertThat(status(machine)).isEqualTo(HealthStatus.OFFLINE);

		job.run();
		job.run();

		assertThat(report.changes(machine.id())).extracting(HealthChange::status)
			.containsExactly(HealthStatus.OFFLINE, HealthStatus.ONLINE);
		assertThat(alerts(base)).extracting(Shown::kind).containsExactly("machine-offline");
		assertThat(report.of(machine.id()).orElseThrow().consecutiveFailures()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void anOfflineMachineThatAnswersAgainIsBackOnlineAndBookableAndTheLabAdminsAreTold() throws IOException {
		HealthBase base = bases.create();
		ServerSocket socket = open();
		int port = socket.getLocalPort();
		LabMachine machine = bases.machine(base, "PLC-01", port);
		job.run();
		socket.close();
		job.run();
		job.run();

		sockets.add(new ServerSocket(port, 100, socket.getInetAddress()));
		job.run();

		assertThat(status(machine)).isEqualTo(HealthStatus.ONLINE);
		assertThat(report.changes(machine.id())).extracting(HealthChange::status)
			.containsExactly(HealthStatus.ONLINE, HealthStatus.OFFLINE, HealthStatus.ONLINE);
		assertThat(alerts(base)).extracting(Shown::kind).containsExactly("machine-online", "machine-offline");
		assertThat(machines.activeWithImage(HealthTestBases.PLC)).extracting(LabMachine::id).contains(machine.id());
	}

	@Test
	void aMachineThatNeverAnsweredStaysUnreachedAndKeepsItsBookings() {
		HealthBase base = bases.create();
		LabMachine unreached = bases.machine(base, "PLC-01", HealthTestBases.closedPort());
		AcademyUser student = bookers.enrolledStudent("health");
		Booking booking = book(student, unreached);

		job.run();
		job.run();
		job.run();

		assertThat(status(unreached)).isEqualTo(HealthStatus.UNREACHED);
		assertThat(report.of(unreached.id()).orElseThrow().lastError()).isNotBlank();
		Booking kept = bookingRepository.findById(booking.getId()).orElseThrow();
		assertThat(kept.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(kept.getMachineId()).isEqualTo(unreached.id());
		assertThat(inbox().kinds(student.id())).containsExactly("booking-confirmed");
		assertThat(alerts(base)).isEmpty();
		assertThat(report.changes(unreached.id())).extracting(HealthChange::status)
			.containsExactly(HealthStatus.UNREACHED);
		assertThat(machines.activeWithImage(HealthTestBases.PLC)).extracting(LabMachine::id).contains(unreached.id());
	}

	@Test
	void aNewAddressForgetsTheHealthSoTheMachineIsCheckedAfresh() {
		HealthBase base = bases.create();
		LabMachine machine = bases.machine(base, "PLC-01", HealthTestBases.closedPort());
		Instant now = Instant.now();
		transitions.record(machine.id(), HealthCheck.answered(now.minusSeconds(120)));
		transitions.record(machine.id(), HealthCheck.failed(now.minusSeconds(60), "Connection refused"));
		transitions.record(machine.id(), HealthCheck.failed(now, "Connection refused"));
		assertThat(status(machine)).isEqualTo(HealthStatus.OFFLINE);

		registry.update(machine.id(), new MachineDetails("PLC-01", HealthTestBases.PLC, "127.0.0.1",
				open().getLocalPort(), "vnc", machine.state()), MachineSecrets.NONE, false, "test");

		assertThat(report.of(machine.id())).isEmpty();
		assertThat(machines.activeWithImage(HealthTestBases.PLC)).extracting(LabMachine::id).contains(machine.id());
		job.run();
		assertThat(status(machine)).isEqualTo(HealthStatus.ONLINE);
		assertThat(alerts(base)).as("a machine set up anew is no recovery").extracting(Shown::kind)
			.containsExactly("machine-offline");
	}

	@Test
	void twoNodesRecordingTheSameFailureAtOnceTakeTheMachineOfflineOnce() throws Exception {
		HealthBase base = bases.create();
		LabMachine machine = bases.machine(base, "PLC-01", HealthTestBases.closedPort());
		Instant now = Instant.now();
		transitions.record(machine.id(), HealthCheck.answered(now.minusSeconds(120)));
		transitions.record(machine.id(), HealthCheck.failed(now.minusSeconds(60), "Connection refused"));

		HealthCheck same = HealthCheck.failed(now, "Connection refused");
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Callable<Transition> node = () -> transitions.record(machine.id(), same);
			List<Future<Transition>> results = nodes.invokeAll(List.of(node, node));
			assertThat(List.of(results.get(0).get(), results.get(1).get()))
				.containsExactlyInAnyOrder(Transition.WENT_OFFLINE, Transition.NONE);
		}
		finally {
			nodes.shutdownNow();
		}
		assertThat(alerts(base)).extracting(Shown::kind).containsExactly("machine-offline");
		assertThat(report.changes(machine.id())).extracting(HealthChange::status)
			.containsExactly(HealthStatus.OFFLINE, HealthStatus.ONLINE);
	}

	private ServerSocket open() {
		ServerSocket socket = HealthTestBases.listening();
		sockets.add(socket);
		return socket;
	}

	private Booking book(AcademyUser student, LabMachine machine) {
		return bookings.book(new Bookings.Request(TestBookers.COURSE, TestBookers.LAB,
				HealthTestBases.soon(Instant.now()), machine.id(), null), student, null);
	}

	private HealthStatus status(LabMachine machine) {
		return report.of(machine.id()).map(MachineHealth::status).orElse(null);
	}

	private List<Shown> alerts(HealthBase base) {
		return notificationCenter.recent(base.labAdminId(), 10, Locale.SIMPLIFIED_CHINESE);
	}

	private TestInbox inbox() {
		return new TestInbox(notificationCenter);
	}

}
