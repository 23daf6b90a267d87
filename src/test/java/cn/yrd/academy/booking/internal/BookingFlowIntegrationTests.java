package cn.yrd.academy.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.LabMachines;
import cn.yrd.academy.labs.internal.BaseSchedule;
import cn.yrd.academy.labs.internal.DailyRange;
import cn.yrd.academy.labs.internal.MaintenanceSchedule;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.notification.internal.NotificationCenter;
import cn.yrd.academy.support.TestInbox;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestBookers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Maintenance over bookings, the waitlist, quotas and extensions on the embedded MariaDB with the demo machines.
 */
@IntegrationTest
class BookingFlowIntegrationTests {

	@Autowired
	private Bookings bookings;

	@Autowired
	private BookingRepository repository;

	@Autowired
	private Waitlist waitlist;

	@Autowired
	private NotificationCenter notificationCenter;

	@Autowired
	private Quotas quotas;

	@Autowired
	private Availability availability;

	@Autowired
	private MaintenanceSchedule maintenance;

	@Autowired
	private BaseSchedule schedule;

	@Autowired
	private LabMachines machines;

	@Autowired
	private TrainingBases bases;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Enrollments enrollments;

	private TestBookers bookers;

	@BeforeEach
	void setUp() {
		bookers = new TestBookers(registrations, organizations, users, enrollments);
	}

	@Test
	void maintenanceMovesABookingToAFreeMachineOrCancelsItAndTellsTheStudent() {
		List<LabMachine> plcs = plcMachines(TestBookers.OWN_BASE);
		Instant movable = TestBookers.nextWeek(DayOfWeek.WEDNESDAY, LocalTime.of(12, 0));
		AcademyUser alone = bookers.enrolledStudent("maint");
		Booking moved = bookings.book(request(movable, plcs.get(0).id(), null), alone, null);

		maintenance.add(plcs.get(0).id(), local(movable), local(movable.plus(Duration.ofHours(2))),
				"更换 CPU 模块", "labadmin-test");

		Booking afterMove = repository.findById(moved.getId()).orElseThrow();
		assertThat(afterMove.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(afterMove.getMachineId()).isEqualTo(plcs.get(1).id());
		assertThat(afterMove.getSequence()).isEqualTo(1);
		assertThat(new TestInbox(notificationCenter).kinds(alone.id())).first().isEqualTo("booking-moved");

		Instant full = TestBookers.nextWeek(DayOfWeek.WEDNESDAY, LocalTime.of(16, 0));
		AcademyUser first = bookers.enrolledStudent("maint");
		AcademyUser second = bookers.enrolledStudent("maint");
		Booking onFirst = bookings.book(request(full, plcs.get(0).id(), null), first, null);
		bookings.book(request(full, plcs.get(1).id(), null), second, null);

		maintenance.add(plcs.get(0).id(), local(full), local(full.plus(Duration.ofHours(1))), "示波器校准",
				"labadmin-test");

		Booking cancelled = repository.findById(onFirst.getId()).orElseThrow();
		assertThat(cancelled.getStatus()).isEqualTo(BookingStatus.CANCELLED);
		assertThat(cancelled.getCancelReason()).isEqualTo("labs.withdrawn.maintenance");
		assertThat(cancelled.getCancelNote()).isEqualTo("示波器校准");
		assertThat(new TestInbox(notificationCenter).kinds(first.id())).first().isEqualTo("booking-cancelled");
	}

	@Test
	void aClosureDayCancelsTheBaseBookingsThatDayAndTellsTheStudents() {
		TrainingBaseSummary nantong = bases.findByCode("ZTT-NANTONG").orElseThrow();
		Instant start = TestBookers.nextWeek(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0));
		AcademyUser student = bookers.enrolledStudent("closed");
		Booking booking = bookings.book(request(start, null, nantong.code()), student, null);

		schedule.addClosure(nantong.id(), start.atZone(ClockConfiguration.CLUSTER_ZONE).toLocalDate(), "停电检修");

		Booking cancelled = repository.findById(booking.getId()).orElseThrow();
		assertThat(cancelled.getStatus()).isEqualTo(BookingStatus.CANCELLED);
		assertThat(cancelled.getCancelReason()).isEqualTo("labs.withdrawn.closure");
		assertThat(new TestInbox(notificationCenter).kinds(student.id())).first().isEqualTo("booking-cancelled");
		assertRefused(() -> bookings.book(request(start, null, nantong.code()), student, null),
				Refusal.OUTSIDE_OPENING_HOURS);
	}

	@Test
	void newOpeningHoursCancelTheBookingsTheyLeaveOutside() {
		TrainingBaseSummary nantong = bases.findByCode("ZTT-NANTONG").orElseThrow();
		AcademyUser student = bookers.enrolledStudent("hours");
		Booking evening = bookings.book(request(TestBookers.nextWeek(DayOfWeek.SATURDAY, LocalTime.of(18, 0)), null,
				nantong.code()), student, null);
		Booking morning = bookings.book(request(TestBookers.nextWeek(DayOfWeek.SATURDAY, LocalTime.of(10, 0)), null,
				nantong.code()), student, null);
		Map<DayOfWeek, List<DailyRange>> before = schedule.weeklyHours(nantong.id());
		try {
			Map<DayOfWeek, List<DailyRange>> shorter = new EnumMap<>(before);
			shorter.put(DayOfWeek.SATURDAY, List.of(new DailyRange(LocalTime.of(8, 0), LocalTime.of(17, 0))));
			schedule.replaceWeeklyHours(nantong.id(), shorter);

			assertThat(repository.findById(evening.getId()).orElseThrow().getStatus()).isEqualTo(BookingStatus.CANCELLED);
			assertThat(repository.findById(morning.getId()).orElseThrow().getStatus())
				.isEqualTo(BookingStatus.CONFIRMED);
			assertThat(new TestInbox(notificationCenter).kinds(student.id())).first().isEqualTo("booking-cancelled");
		}
		finally {
			schedule.replaceWeeklyHours(nantong.id(), before);
		}
	}

	@Test
	void aCancellationHandsTheSlotToTheFirstWaitingStudent() {
		Instant start = TestBookers.nextWeek(DayOfWeek.WEDNESDAY, LocalTime.of(18, 0));
		AcademyUser first = bookers.enrolledStudent("wait");
		AcademyUser second = bookers.enrolledStudent("wait");
		AcademyUser waiting = bookers.enrolledStudent("wait");
		AcademyUser later = bookers.enrolledStudent("wait");
		Booking toCancel = bookings.book(request(start, null, TestBookers.OWN_BASE), first, null);
		bookings.book(request(start, null, TestBookers.OWN_BASE), second, null);
		assertRefused(() -> bookings.book(request(start, null, TestBookers.OWN_BASE), waiting, null),
				Refusal.SLOT_TAKEN);

		waitlist.join(TestBookers.COURSE, TestBookers.LAB, TestBookers.OWN_BASE, start, waiting);
		waitlist.join(TestBookers.COURSE, TestBookers.LAB, TestBookers.OWN_BASE, start, later);
		assertRefused(() -> waitlist.join(TestBookers.COURSE, TestBookers.LAB, TestBookers.OWN_BASE, start, waiting),
				Refusal.ALREADY_WAITING);
		bookings.cancel(toCancel.getId(), first);

		List<Booking> granted = repository.findByUserIdOrderByStartsAtDesc(waiting.id());
		assertThat(granted).singleElement().satisfies(booking -> {
			assertThat(booking.getStartsAt()).isEqualTo(start);
			assertThat(booking.getMachineId()).isEqualTo(toCancel.getMachineId());
		});
		assertThat(waitlist.mine(waiting)).extracting(Waitlist.Entry::status).containsExactly(Waitlist.Status.GRANTED);
		assertThat(new TestInbox(notificationCenter).kinds(waiting.id())).first().isEqualTo("waitlist-granted");
		assertThat(waitlist.mine(later)).extracting(Waitlist.Entry::status).containsExactly(Waitlist.Status.WAITING);
		assertThat(repository.findByUserIdOrderByStartsAtDesc(later.id())).isEmpty();
	}

	@Test
	void aBookingOverTheOrganizationsQuotaIsRefusedWithWhatIsLeft() {
		TrainingBaseSummary hefei = bases.findByCode("AH-KEHUI-HEFEI").orElseThrow();
		AcademyUser first = bookers.enrolledStudent("quota");
		AcademyUser second = bookers.enrolledStudent("quota");
		quotas.grant(first.organizationId(), hefei.id(), 150, 0, Instant.now());
		try {
			Instant start = TestBookers.nextWeek(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0));
			bookings.book(request(start, null, hefei.code()), first, null);

			BookingRefused refused = assertRefused(() -> bookings.book(request(start.plus(Duration.ofHours(4)), null,
					hefei.code()), second, null), Refusal.OVER_QUOTA);
			assertThat(refused.arguments()).containsExactly(0L, 30L);
			assertThat(availability.slots(availability.lab(TestBookers.COURSE, TestBookers.LAB, second).orElseThrow(), second,
					new Availability.Filter(start.atZone(ClockConfiguration.CLUSTER_ZONE).toLocalDate(), 1, hefei.code(),
							null))).isEmpty();
		}
		finally {
			quotas.grant(first.organizationId(), hefei.id(), DemoQuotas.WEEKLY_MINUTES, 0, Instant.now());
		}
	}

	@Test
	void extensionsAddHalfHoursUpToTheMaximumLength() {
		AcademyUser student = bookers.enrolledStudent("extend");
		Instant start = TestBookers.nextWeek(DayOfWeek.SUNDAY, LocalTime.of(9, 0));
		Booking booking = bookings.book(request(start, plcMachines(TestBookers.OWN_BASE).get(1).id(), null), student,
				null);

		for (int i = 0; i < 4; i++) {
			booking = bookings.extend(booking.getId(), student);
		}

		assertThat(booking.getEndsAt()).isEqualTo(start.plus(Duration.ofHours(4)));
		assertThat(booking.getSequence()).isEqualTo(4);
		long bookingId = booking.getId();
		assertRefused(() -> bookings.extend(bookingId, student), Refusal.MAX_LENGTH_REACHED);
		AcademyUser other = bookers.enrolledStudent("extend");
		assertRefused(() -> bookings.extend(bookingId, other), Refusal.UNKNOWN_BOOKING);
		assertRefused(() -> bookings.cancel(bookingId, other), Refusal.UNKNOWN_BOOKING);
	}

	@Test
	void aStudentMustBeEnrolledAndBookInsideOpeningHours() {
		AcademyUser notEnrolled = bookers.student("noenrol");
		Instant start = TestBookers.nextWeek(DayOfWeek.WEDNESDAY, LocalTime.of(14, 0));
		assertRefused(() -> bookings.book(request(start, null, TestBookers.OWN_BASE), notEnrolled, null),
				Refusal.NOT_ENROLLED);

		AcademyUser student = bookers.enrolledStudent("hours");
		assertRefused(() -> bookings.book(request(TestBookers.nextWeek(DayOfWeek.WEDNESDAY, LocalTime.of(20, 0)), null,
				TestBookers.OWN_BASE), student, null), Refusal.OUTSIDE_OPENING_HOURS);
		assertRefused(() -> bookings.book(request(TestBookers.nextWeek(DayOfWeek.WEDNESDAY, LocalTime.of(6, 0)), null,
				TestBookers.OWN_BASE), student, null), Refusal.OUTSIDE_OPENING_HOURS);
		assertRefused(() -> bookings.book(new Bookings.Request(TestBookers.COURSE, "no-such-lab", start, null,
				TestBookers.OWN_BASE), student, null), Refusal.UNKNOWN_LAB);
		assertRefused(() -> bookings.book(request(start, null, "NO-SUCH-BASE"), student, null), Refusal.UNKNOWN_BASE);
		assertThat(repository.findByUserIdOrderByStartsAtDesc(student.id())).isEmpty();
	}

	private List<LabMachine> plcMachines(String baseCode) {
		long base = bases.findByCode(baseCode).orElseThrow().id();
		return machines.activeWithImage("plc-s7-1200").stream().filter(machine -> machine.baseId() == base).toList();
	}

	private static Bookings.Request request(Instant start, Long machineId, String base) {
		return new Bookings.Request(TestBookers.COURSE, TestBookers.LAB, start, machineId, base);
	}

	private static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, ClockConfiguration.CLUSTER_ZONE);
	}

	private static BookingRefused assertRefused(Runnable action, Refusal refusal) {
		BookingRefused[] caught = new BookingRefused[1];
		assertThatThrownBy(action::run).isInstanceOfSatisfying(BookingRefused.class, refused -> {
			assertThat(refused.refusal()).isEqualTo(refusal);
			caught[0] = refused;
		});
		return caught[0];
	}

}
