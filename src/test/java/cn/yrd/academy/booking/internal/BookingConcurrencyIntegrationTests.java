package cn.yrd.academy.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.LabMachines;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestBookers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Many threads booking the same slots on the embedded MariaDB: exactly one winner per machine and slot, no
 * overlap per machine or per student afterwards, and a student's limits never exceeded.
 */
@IntegrationTest
class BookingConcurrencyIntegrationTests {

	private static final String OVERLAPS_PER_MACHINE = """
			SELECT COUNT(*) FROM bookings a JOIN bookings b ON a.machine_id = b.machine_id AND a.id < b.id
			WHERE a.status IN ('CONFIRMED', 'ACTIVE') AND b.status IN ('CONFIRMED', 'ACTIVE')
			AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at""";

	private static final String OVERLAPS_PER_STUDENT = OVERLAPS_PER_MACHINE.replace("a.machine_id = b.machine_id",
			"a.user_id = b.user_id");

	@Autowired
	private Bookings bookings;

	@Autowired
	private LabMachines machines;

	@Autowired
	private TrainingBases bases;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Quotas quotas;

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
	void manyStudentsOnOneSlotAtABaseGetExactlyOneMachineEach() throws Exception {
		Instant start = TestBookers.nextWeek(DayOfWeek.WEDNESDAY, LocalTime.of(8, 0));
		List<AcademyUser> students = IntStream.range(0, 12).mapToObj(i -> bookers.enrolledStudent("race")).toList();
		int machinesAtBase = plcMachinesAtOwnBase().size();

		List<Object> outcomes = race(40, i -> bookings.book(new Bookings.Request(TestBookers.COURSE, TestBookers.LAB,
				start, null, TestBookers.OWN_BASE), students.get(i % students.size()), null));

		assertThat(outcomes.stream().filter(Booking.class::isInstance)).hasSize(machinesAtBase);
		assertThat(outcomes.stream().filter(outcome -> !(outcome instanceof Booking))).allSatisfy(outcome -> assertThat(
				((BookingRefused) outcome).refusal()).isIn(Refusal.SLOT_TAKEN, Refusal.OVERLAPS_OWN_BOOKING));
		assertThat(outcomes.stream().filter(Booking.class::isInstance).map(b -> ((Booking) b).getMachineId())
			.distinct()).hasSize(machinesAtBase);
		assertNoOverlaps();
	}

	@Test
	void manyStudentsOnOneMachineGetOneWinner() throws Exception {
		Instant start = TestBookers.nextWeek(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0));
		List<AcademyUser> students = IntStream.range(0, 10).mapToObj(i -> bookers.enrolledStudent("race1")).toList();
		long machineId = plcMachinesAtOwnBase().get(0).id();

		List<Object> outcomes = race(30, i -> bookings.book(new Bookings.Request(TestBookers.COURSE, TestBookers.LAB,
				start, machineId, null), students.get(i % students.size()), null));

		assertThat(outcomes.stream().filter(Booking.class::isInstance)).hasSize(1);
		assertNoOverlaps();
	}

	@Test
	void oneStudentRacingForManySlotsStaysWithinTheLimits() throws Exception {
		AcademyUser student = bookers.enrolledStudent("greedy");
		List<Instant> starts = List.of(8, 10, 12, 14, 16, 18).stream()
			.map(hour -> TestBookers.nextWeek(DayOfWeek.SATURDAY, LocalTime.of(hour, 0)))
			.toList();

		List<Object> outcomes = race(12, i -> bookings.book(new Bookings.Request(TestBookers.COURSE, TestBookers.LAB,
				starts.get(i % starts.size()), null, TestBookers.OWN_BASE), student, null));

		assertThat(outcomes.stream().filter(Booking.class::isInstance)).hasSize(3);
		assertThat(outcomes.stream().filter(outcome -> !(outcome instanceof Booking))).allSatisfy(outcome -> assertThat(
				((BookingRefused) outcome).refusal()).isIn(Refusal.LIMIT_REACHED, Refusal.WEEKLY_HOURS_REACHED,
						Refusal.OVERLAPS_OWN_BOOKING));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bookings WHERE user_id = ? AND status = 'CONFIRMED'",
				Integer.class, student.id())).isEqualTo(3);
		assertNoOverlaps();
	}

	@Test
	void studentsOfOneOrganizationRacingForAQuotaNeverExceedIt() throws Exception {
		TrainingBaseSummary xianlin = bases.findByCode("NIIT-XIANLIN").orElseThrow();
		List<AcademyUser> students = IntStream.range(0, 8).mapToObj(i -> bookers.enrolledStudent("quota")).toList();
		long organization = students.get(0).organizationId();
		quotas.grant(organization, xianlin.id(), 240, 0, Instant.now());
		try {
			// two PLC trainers at the base, four slots: room for eight bookings, quota for two
			List<Instant> starts = List.of(8, 10, 12, 14).stream()
				.map(hour -> TestBookers.nextWeek(DayOfWeek.THURSDAY, LocalTime.of(hour, 0)))
				.toList();

			List<Object> outcomes = race(16, i -> bookings.book(new Bookings.Request(TestBookers.COURSE,
					TestBookers.LAB, starts.get(i % starts.size()), null, xianlin.code()), students.get(i % 8), null));

			assertThat(outcomes.stream().filter(Booking.class::isInstance)).hasSize(2);
			assertThat(jdbc.queryForObject("SELECT SUM(minutes) FROM bookings WHERE organization_id = ? AND base_id = ?"
					+ " AND status = 'CONFIRMED'", Integer.class, organization, xianlin.id())).isEqualTo(240);
			assertNoOverlaps();
		}
		finally {
			quotas.grant(organization, xianlin.id(), DemoQuotas.WEEKLY_MINUTES, 0, Instant.now());
		}
	}

	@Test
	void cancelAndExtendRacingLeaveTheCellsMatchingTheBooking() throws Exception {
		AcademyUser student = bookers.enrolledStudent("flip");
		Instant start = TestBookers.nextWeek(DayOfWeek.SUNDAY, LocalTime.of(13, 0));
		Booking booking = bookings.book(new Bookings.Request(TestBookers.COURSE, TestBookers.LAB, start,
				plcMachinesAtOwnBase().get(0).id(), null), student, null);

		List<Object> outcomes = race(8, i -> i % 2 == 0 ? bookings.cancel(booking.getId(), student)
				: bookings.extend(booking.getId(), student));

		assertThat(outcomes.stream().filter(Booking.class::isInstance)).isNotEmpty();
		String status = jdbc.queryForObject("SELECT status FROM bookings WHERE id = ?", String.class, booking.getId());
		int machineCells = jdbc.queryForObject("SELECT COUNT(*) FROM machine_cells WHERE booking_id = ?",
				Integer.class, booking.getId());
		int studentCells = jdbc.queryForObject("SELECT COUNT(*) FROM student_cells WHERE booking_id = ?",
				Integer.class, booking.getId());
		assertThat(status).isEqualTo("CANCELLED");
		assertThat(machineCells).as("machine cells of a cancelled booking").isZero();
		assertThat(studentCells).as("student cells of a cancelled booking").isZero();
	}

	private List<LabMachine> plcMachinesAtOwnBase() {
		long base = bases.findByCode(TestBookers.OWN_BASE).orElseThrow().id();
		return machines.activeWithImage("plc-s7-1200").stream().filter(machine -> machine.baseId() == base).toList();
	}

	private void assertNoOverlaps() {
		assertThat(jdbc.queryForObject(OVERLAPS_PER_MACHINE, Integer.class)).as("overlapping bookings per machine")
			.isZero();
		assertThat(jdbc.queryForObject(OVERLAPS_PER_STUDENT, Integer.class)).as("overlapping bookings per student")
			.isZero();
	}

	interface Attempt {

		Booking run(int index);

	}

	/** Starts every attempt at the same moment; each outcome is a booking or the refusal. */
	private static List<Object> race(int threads, Attempt attempt) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Object>> futures = new ArrayList<>();
		ConcurrentHashMap<Integer, Throwable> unexpected = new ConcurrentHashMap<>();
		try {
			for (int i = 0; i < threads; i++) {
				int index = i;
				Callable<Object> task = () -> {
					go.await();
					try {
						return attempt.run(index);
					}
					catch (BookingRefused refused) {
						return refused;
					}
					catch (RuntimeException ex) {
						unexpected.put(index, ex);
						return ex;
					}
				};
				futures.add(pool.submit(task));
			}
			go.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> future : futures) {
				outcomes.add(future.get(60, TimeUnit.SECONDS));
			}
			assertThat(unexpected).as("errors other than refusals").isEmpty();
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
