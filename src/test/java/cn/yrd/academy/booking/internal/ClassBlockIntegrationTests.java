package cn.yrd.academy.booking.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.booking.internal.BlockTestBases.TestBase;
import cn.yrd.academy.catalog.LabExerciseSummary;
import cn.yrd.academy.catalog.LabExercises;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.Directory;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.labs.internal.BaseSchedule;
import cn.yrd.academy.labs.internal.MachineRegistry;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.shared.time.TimeRange;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestStudents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static cn.yrd.academy.booking.internal.BlockTestBases.PLC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Class blocks on the embedded MariaDB, each test on a training base of its own with its own PLC machines,
 * on next week's Tuesday 10:00–12:00 Asia/Shanghai.
 */
@IntegrationTest
class ClassBlockIntegrationTests {

	private static final String COURSE = "PLC-101";

	@Autowired
	private ClassBlocks blocks;

	@Autowired
	private Bookings bookings;

	@Autowired
	private Availability availability;

	@Autowired
	private Quotas quotas;

	@Autowired
	private LabExercises labs;

	@Autowired
	private Enrollments enrollments;

	@Autowired
	private Directory directory;

	@Autowired
	private BaseSchedule schedule;

	@Autowired
	private MachineRegistry machines;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Clock clock;

	private AcademyUser instructor;

	private LocalDate tuesday;

	private long notificationsBefore;

	@BeforeEach
	void nextWeeksTuesday() {
		instructor = user("instructor1");
		notificationsBefore = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM notifications", Long.class);
		tuesday = LocalDate.now(clock.withZone(ClockConfiguration.CLUSTER_ZONE))
			.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
			.plusDays(1);
	}

	@Test
	void approvalReservesSeatsAroundAStudentsBookingAndKeepsIt() {
		TestBase base = base(3);
		AcademyUser student = enrolledStudent(base);
		Booking booking = bookings.book(new Bookings.Request(COURSE, "start-stop-latch", at(tuesday, 10), base.machine(0),
				null), student, null);
		ClassBlock block = blocks.request(request(base.code(), 2, 10, 12, 2), instructor);

		List<BlockOccupancy.Occurrence> conflicts = blocks.conflicts(block.getId(), base.labAdmin());
		assertThat(conflicts).hasSize(2);
		assertThat(conflicts.get(0).range()).isEqualTo(new TimeRange(at(tuesday, 10), at(tuesday, 12)));
		assertThat(conflicts.get(1).range()).isEqualTo(new TimeRange(at(tuesday.plusWeeks(1), 10),
				at(tuesday.plusWeeks(1), 12)));
		BlockOccupancy.MachineUse booked = conflicts.get(0).machines().get(0);
		assertThat(booked.machine().id()).isEqualTo(base.machine(0));
		assertThat(booked.isFree()).isFalse();
		assertThat(booked.bookings()).singleElement().satisfies(hold -> {
			assertThat(hold.id()).isEqualTo(booking.getId());
			assertThat(hold.courseCode()).isEqualTo(COURSE);
			assertThat(hold.labSlug()).isEqualTo("start-stop-latch");
			assertThat(hold.range()).isEqualTo(booking.range());
		});
		assertThat(conflicts.get(0).free()).isEqualTo(2);
		assertThat(conflicts.get(1).free()).isEqualTo(3);

		ClassBlock approved = blocks.approve(block.getId(), base.labAdmin());

		assertThat(approved.getStatus()).isEqualTo(ClassBlock.Status.APPROVED);
		assertThat(seatMachines(block.getId(), conflicts.get(0).range())).containsExactlyInAnyOrder(base.machine(1),
				base.machine(2));
		assertThat(seatMachines(block.getId(), conflicts.get(1).range())).hasSize(2);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM machine_cells WHERE booking_id = ? AND machine_id = ?"
				+ " AND block_id IS NULL", Integer.class, booking.getId(), base.machine(0))).isEqualTo(4);
		assertThat(jdbc.queryForObject("SELECT status FROM bookings WHERE id = ?", String.class, booking.getId()))
			.isEqualTo(BookingStatus.CONFIRMED.name());
		assertThat(notices()).containsExactly("block-approved:" + instructor.id());
	}

	@Test
	void seatsAreOpenOnlyToStudentsOfTheCourse() {
		TestBase base = base(2);
		AcademyUser enrolled = enrolledStudent(base);
		AcademyUser outsider = studentOfAnotherCourse(base);
		ClassBlock block = blocks.request(request(base.code(), 2, 10, 12, 1), instructor);
		blocks.approve(block.getId(), base.labAdmin());
		TimeRange seats = new TimeRange(at(tuesday, 10), at(tuesday, 12));
		LabExerciseSummary otherLab = labs.find("SHE-ONBOARD-101", "io-checkout", outsider).orElseThrow();
		Availability.Filter thatDay = new Availability.Filter(tuesday, 1, base.code(), null);

		List<Availability.Slot> outsiderSlots = availability.slots(otherLab, outsider, thatDay);
		assertThat(outsiderSlots).as("slots outside the block stay open").isNotEmpty();
		assertThat(outsiderSlots).noneMatch(slot -> slot.range().overlaps(seats));
		assertThatExceptionOfType(BookingRefused.class)
			.isThrownBy(() -> bookings.book(new Bookings.Request("SHE-ONBOARD-101", "io-checkout", at(tuesday, 10), null,
					base.code()), outsider, null))
			.satisfies(refused -> assertThat(refused.refusal()).isEqualTo(Refusal.SLOT_TAKEN));

		LabExerciseSummary lab = labs.find(COURSE, "start-stop-latch", enrolled).orElseThrow();
		assertThat(availability.slots(lab, enrolled, thatDay)).anyMatch(slot -> slot.range().equals(seats));
		Booking inSeat = bookings.book(new Bookings.Request(COURSE, "start-stop-latch", at(tuesday, 10), null,
				base.code()), enrolled, null);
		assertThat(inSeat.getBlockId()).isEqualTo(block.getId());

		blocks.cancel(block.getId(), instructor);

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM machine_cells WHERE block_id = ? AND booking_id IS NULL",
				Integer.class, block.getId())).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM machine_cells WHERE booking_id = ?", Integer.class,
				inSeat.getId())).isEqualTo(4);
		assertThat(jdbc.queryForObject("SELECT status FROM bookings WHERE id = ?", String.class, inSeat.getId()))
			.isEqualTo(BookingStatus.CONFIRMED.name());
	}

	@Test
	void approvalWithTooFewFreeMachinesIsRefusedAndWritesNothing() {
		TestBase base = base(2);
		AcademyUser student = enrolledStudent(base);
		bookings.book(new Bookings.Request(COURSE, "start-stop-latch", at(tuesday, 10), base.machine(1), null), student,
				null);
		ClassBlock block = blocks.request(request(base.code(), 2, 10, 12, 2), instructor);

		assertThatExceptionOfType(BlockRefused.class).isThrownBy(() -> blocks.approve(block.getId(), base.labAdmin()))
			.satisfies(refused -> {
				assertThat(refused.messageKey()).isEqualTo("block.error.notEnoughFree");
				assertThat(refused.arguments()).containsExactly(2, tuesday + " 10:00 (1)");
			});

		assertThat(status(block.getId())).isEqualTo("REQUESTED");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM machine_cells WHERE block_id = ?", Integer.class,
				block.getId())).isZero();
		assertThat(notices()).isEmpty();
	}

	@Test
	void onlyTheLabAdminOfTheBlocksBaseDecides() {
		TestBase base = base(2);
		TestBase other = base(2);
		ClassBlock block = blocks.request(request(base.code(), 1, 14, 16, 1), instructor);

		for (AcademyUser stranger : List.of(other.labAdmin(), user("labadmin1"), instructor)) {
			assertThatExceptionOfType(BlockRefused.class).isThrownBy(() -> blocks.approve(block.getId(), stranger))
				.satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("block.error.notYourBase"));
			assertThatExceptionOfType(BlockRefused.class)
				.isThrownBy(() -> blocks.reject(block.getId(), stranger, "no"));
		}
		assertThat(status(block.getId())).isEqualTo("REQUESTED");

		assertThatExceptionOfType(BlockRefused.class)
			.isThrownBy(() -> blocks.reject(block.getId(), base.labAdmin(), " "))
			.satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("block.error.reasonRequired"));
		blocks.reject(block.getId(), base.labAdmin(), "基地当天检修");

		assertThat(status(block.getId())).isEqualTo("REJECTED");
		assertThat(notices()).containsExactly("block-rejected:" + instructor.id());
		assertThatExceptionOfType(BlockRefused.class).isThrownBy(() -> blocks.approve(block.getId(), base.labAdmin()))
			.satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("block.error.alreadyDecided"));
	}

	@Test
	void badRequestsAreRefusedWithTheFieldAtFault() {
		TestBase base = base(2);
		Instant ten = at(tuesday, 10);
		Instant noon = at(tuesday, 12);
		int before = jdbc.queryForObject("SELECT COUNT(*) FROM class_blocks", Integer.class);

		assertRefused(new ClassBlocks.Request(COURSE, base.code(), PLC, 1, ten.plusSeconds(15 * 60), noon, 1, ""),
				"startTime", "block.error.offGrid");
		assertRefused(new ClassBlocks.Request(COURSE, base.code(), PLC, 1, noon, ten, 1, ""), "endTime",
				"block.error.endBeforeStart");
		assertRefused(new ClassBlocks.Request(COURSE, base.code(), PLC, 1, at(tuesday, 8), at(tuesday, 21), 1, ""),
				"endTime", "block.error.tooLong");
		assertRefused(request(base.code(), 3, 10, 12, 1), "seats", "block.error.seats");
		assertRefused(request(base.code(), 0, 10, 12, 1), "seats", "block.error.seats");
		assertRefused(request(base.code(), 1, 10, 12, 0), "weeks", "block.error.weeks");
		assertRefused(request(base.code(), 1, 10, 12, 17), "weeks", "block.error.weeks");
		assertRefused(request("NO-SUCH-BASE", 1, 10, 12, 1), "baseCode", "block.error.unknownBase");
		assertRefused(new ClassBlocks.Request(COURSE, base.code(), "no-such-image", 1, ten, noon, 1, ""), "imageCode",
				"block.error.imageNotInCourse");
		assertRefused(new ClassBlocks.Request(COURSE, base.code(), "robot-welding-cell", 1, ten, noon, 1, ""),
				"imageCode", "block.error.imageNotInCourse");
		assertRefused(request(base.code(), 1, 20, 22, 1), "date", "block.error.closed");
		assertRefused(new ClassBlocks.Request(COURSE, base.code(), PLC, 1, ten.minusSeconds(21 * 86_400),
				noon.minusSeconds(21 * 86_400), 1, ""), "date", "block.error.inPast");
		assertRefused(new ClassBlocks.Request("SHE-ONBOARD-101", base.code(), PLC, 1, ten, noon, 1, ""), "courseCode",
				"block.error.notTaught");

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM class_blocks", Integer.class)).isEqualTo(before);
	}

	@Test
	void theCourseListOffersOnlyCoursesTheInstructorTeaches() {
		assertThat(labs.taughtBy(instructor)).contains(COURSE).doesNotContain("SHE-ONBOARD-101", "ROBOT-WELD-201");
	}

	private void assertRefused(ClassBlocks.Request request, String field, String key) {
		assertThatExceptionOfType(BlockRefused.class).as(key).isThrownBy(() -> blocks.request(request, instructor))
			.satisfies(refused -> {
				assertThat(refused.field()).isEqualTo(field);
				assertThat(refused.messageKey()).isEqualTo(key);
			});
	}

	private ClassBlocks.Request request(String baseCode, int seats, int fromHour, int toHour, int weeks) {
		return new ClassBlocks.Request(COURSE, baseCode, PLC, seats, at(tuesday, fromHour), at(tuesday, toHour), weeks,
				"第 3 周课堂实训");
	}

	private Instant at(LocalDate day, int hour) {
		return day.atTime(hour, 0).atZone(ClockConfiguration.CLUSTER_ZONE).toInstant();
	}

	private List<Long> seatMachines(long blockId, TimeRange range) {
		return jdbc.queryForList("SELECT DISTINCT machine_id FROM machine_cells WHERE block_id = ? AND cell_start >= ?"
				+ " AND cell_start < ?", Long.class, blockId, Cells.sql(range.start()), Cells.sql(range.end()));
	}

	/** Class block decisions notified since the test began (one test at a time uses the shared instructor). */
	private List<String> notices() {
		return jdbc.queryForList("SELECT CONCAT(kind, ':', user_id) FROM notifications WHERE id > ?"
				+ " AND kind LIKE 'block-%' ORDER BY id", String.class, notificationsBefore);
	}

	private String status(long blockId) {
		return jdbc.queryForObject("SELECT status FROM class_blocks WHERE id = ?", String.class, blockId);
	}

	private AcademyUser user(String username) {
		return (AcademyUser) users.loadUserByUsername(username);
	}

	/** A student of 宁波职业技术学院 enrolled in PLC-101, with hours at the base. */
	private AcademyUser enrolledStudent(TestBase base) {
		AcademyUser student = user(new TestStudents(registrations, organizations).register("blk").getUsername());
		assertThat(enrollments.enroll(COURSE, student)).isPresent();
		grantQuota(student, base);
		return student;
	}

	/** A student of 上海电气 enrolled only in its own PLC course, with hours at the base. */
	private AcademyUser studentOfAnotherCourse(TestBase base) {
		String username = TestStudents.uniqueUsername("blk-she");
		long shElectric = organizations.findByCode("SH-ELECTRIC").orElseThrow().getId();
		registrations.registerStudent(new Registrations.NewAccount(username, "外课程学员", username + "@example.cn", null,
				TestStudents.PASSWORD, Locale.SIMPLIFIED_CHINESE), shElectric);
		AcademyUser student = user(username);
		assertThat(enrollments.enroll("SHE-ONBOARD-101", student)).isPresent();
		grantQuota(student, base);
		return student;
	}

	private void grantQuota(AcademyUser student, TestBase base) {
		quotas.grant(student.organizationId(), base.id(), 600, instructor.id(), clock.instant());
	}

	private TestBase base(int count) {
		return new BlockTestBases(directory, organizations, schedule, machines).create(count);
	}

}
