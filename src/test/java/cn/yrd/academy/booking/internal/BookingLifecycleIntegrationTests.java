package cn.yrd.academy.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.yrd.academy.booking.BookingAttendance;
import cn.yrd.academy.booking.BookingEndingSoon;
import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.notification.internal.NotificationCenter;
import cn.yrd.academy.shared.time.ClusterTime;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestBookers;
import cn.yrd.academy.support.TestInbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A booking's timed triggers in the clustered Quartz store: written with the booking, moved by an extension,
 * removed by a cancellation; the steps they run (reminders, start, no-show check, end warning, end) change the
 * booking only when they still apply.
 */
@IntegrationTest
class BookingLifecycleIntegrationTests {

	@Autowired
	private Bookings bookings;

	@Autowired
	private BookingLifecycle lifecycle;

	@Autowired
	private BookingRepository repository;

	@Autowired
	private Scheduler scheduler;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private BookingSteps steps;

	@Autowired
	private BookingAttendance attendance;

	@Autowired
	private BookingRules rules;

	@Autowired
	private Cells cells;

	@Autowired
	private Notices notices;

	@Autowired
	private Waitlist waitlist;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private NotificationCenter notificationCenter;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Enrollments enrollments;

	private static final Duration DAY = Duration.ofDays(1);

	private static final Duration HALF_HOUR = Duration.ofMinutes(30);

	private TestBookers bookers;

	@BeforeEach
	void setUp() {
		bookers = new TestBookers(registrations, organizations, users, enrollments);
	}

	@Test
	void triggersComeWithTheBookingMoveWithAnExtensionAndGoWithACancellation() throws Exception {
		AcademyUser student = bookers.enrolledStudent("steps");
		Instant start = TestBookers.nextWeek(DayOfWeek.MONDAY, LocalTime.of(8, 0));
		Booking booking = bookings.book(new Bookings.Request(TestBookers.COURSE, TestBookers.LAB, start, null,
				TestBookers.OWN_BASE), student, null);

		assertThat(fireTime(booking, BookingLifecycle.Step.REMINDER, DAY)).isEqualTo(start.minus(DAY));
		assertThat(fireTime(booking, BookingLifecycle.Step.REMINDER, HALF_HOUR)).isEqualTo(start.minus(HALF_HOUR));
		assertThat(fireTime(booking, BookingLifecycle.Step.START, null)).isEqualTo(start);
		assertThat(fireTime(booking, BookingLifecycle.Step.NO_SHOW, null)).isEqualTo(start.plus(Duration.ofMinutes(10)));
		assertThat(fireTime(booking, BookingLifecycle.Step.END_WARNING, null))
			.isEqualTo(start.plus(Duration.ofMinutes(115)));
		assertThat(fireTime(booking, BookingLifecycle.Step.END, null)).isEqualTo(start.plus(Duration.ofHours(2)));

		bookings.extend(booking.getId(), student);
		assertThat(fireTime(booking, BookingLifecycle.Step.END_WARNING, null))
			.isEqualTo(start.plus(Duration.ofMinutes(145)));
		assertThat(fireTime(booking, BookingLifecycle.Step.END, null)).isEqualTo(start.plus(Duration.ofMinutes(150)));
		assertThat(fireTime(booking, BookingLifecycle.Step.REMINDER, DAY)).as("an extension keeps the start")
			.isEqualTo(start.minus(DAY));

		bookings.cancel(booking.getId(), student);
		assertThat(lifecycle.keys(booking.getId())).hasSize(6)
			.allSatisfy(key -> assertThat(scheduler.getTrigger(key)).as(key.toString()).isNull());
	}

	@Test
	void aRefusedBookingLeavesNoTrigger() throws Exception {
		int before = scheduler.getTriggerKeys(org.quartz.impl.matchers.GroupMatcher.triggerGroupEquals(
				BookingLifecycle.GROUP)).size();
		AcademyUser notEnrolled = bookers.student("steps");
		try {
			bookings.book(new Bookings.Request(TestBookers.COURSE, TestBookers.LAB,
					TestBookers.nextWeek(DayOfWeek.MONDAY, LocalTime.of(10, 0)), null, TestBookers.OWN_BASE),
					notEnrolled, null);
		}
		catch (BookingRefused expected) {
			assertThat(expected.refusal()).isEqualTo(Refusal.NOT_ENROLLED);
		}
		assertThat(scheduler.getTriggerKeys(org.quartz.impl.matchers.GroupMatcher.triggerGroupEquals(
				BookingLifecycle.GROUP))).hasSize(before);
	}

	@Test
	void stepsChangeTheBookingOnlyWhenTheyStillApply() {
		AcademyUser student = bookers.enrolledStudent("steps");
		Instant start = TestBookers.nextWeek(DayOfWeek.MONDAY, LocalTime.of(12, 0));
		Booking booking = bookings.book(new Bookings.Request(TestBookers.COURSE, TestBookers.LAB, start, null,
				TestBookers.OWN_BASE), student, null);
		long id = booking.getId();

		// Before its time a step does nothing: the booking stays confirmed.
		steps.run(id, BookingLifecycle.Step.START, null);
		assertThat(status(id)).isEqualTo(BookingStatus.CONFIRMED);

		BookingSteps atStart = stepsAt(start.plusSeconds(5), events);
		atStart.run(id, BookingLifecycle.Step.START, null);
		assertThat(status(id)).isEqualTo(BookingStatus.ACTIVE);
		atStart.run(id, BookingLifecycle.Step.END, null);
		assertThat(status(id)).as("the end step before the end").isEqualTo(BookingStatus.ACTIVE);
		attend(id, start.plusSeconds(60));
		stepsAt(start.plus(Duration.ofMinutes(10)), events).run(id, BookingLifecycle.Step.NO_SHOW, null);
		assertThat(status(id)).as("the student connected").isEqualTo(BookingStatus.ACTIVE);

		List<Object> published = new ArrayList<>();
		stepsAt(start.plus(Duration.ofMinutes(116)), published::add).run(id, BookingLifecycle.Step.END_WARNING, null);
		assertThat(published).singleElement().isInstanceOf(BookingEndingSoon.class);
		stepsAt(start.plus(Duration.ofMinutes(100)), published::add).run(id, BookingLifecycle.Step.END_WARNING, null);
		assertThat(published).as("no warning long before the end").hasSize(1);

		BookingSteps atEnd = stepsAt(start.plus(Duration.ofHours(2)), events);
		atEnd.run(id, BookingLifecycle.Step.END, null);
		assertThat(status(id)).isEqualTo(BookingStatus.COMPLETED);
		atEnd.run(id, BookingLifecycle.Step.START, null);
		assertThat(status(id)).as("a late start after the end").isEqualTo(BookingStatus.COMPLETED);
		atEnd.run(id, BookingLifecycle.Step.NO_SHOW, null);
		assertThat(status(id)).as("a late no-show check after the end").isEqualTo(BookingStatus.COMPLETED);
	}

	@Test
	void aReminderIsSentOnceAndOnlyTheLatestDue() {
		AcademyUser student = bookers.enrolledStudent("remind");
		Instant start = TestBookers.nextWeek(DayOfWeek.MONDAY, LocalTime.of(14, 0));
		long id = bookings.book(new Bookings.Request(TestBookers.COURSE, TestBookers.LAB, start, null,
				TestBookers.OWN_BASE), student, null).getId();
		TestInbox inbox = new TestInbox(notificationCenter);
		assertThat(inbox.kinds(student.id())).containsExactly("booking-confirmed");

		BookingSteps dayBefore = stepsAt(start.minus(DAY), events);
		dayBefore.run(id, BookingLifecycle.Step.REMINDER, DAY);
		dayBefore.run(id, BookingLifecycle.Step.REMINDER, DAY);
		assertThat(inbox.kinds(student.id())).as("fired twice, sent once")
			.containsExactly("booking-reminder", "booking-confirmed");
		assertThat(inbox.shown(student.id(), Locale.SIMPLIFIED_CHINESE).get(0).subject()).contains("实训提醒")
			.contains(new ClusterTime().format(start));

		// The day-before trigger firing late, when the half-hour reminder is due too, leaves it to that one.
		BookingSteps halfHourBefore = stepsAt(start.minus(Duration.ofMinutes(20)), events);
		halfHourBefore.run(id, BookingLifecycle.Step.REMINDER, DAY);
		halfHourBefore.run(id, BookingLifecycle.Step.REMINDER, HALF_HOUR);
		stepsAt(start.plusSeconds(1), events).run(id, BookingLifecycle.Step.REMINDER, HALF_HOUR);
		assertThat(inbox.kinds(student.id())).containsExactly("booking-reminder", "booking-reminder",
				"booking-confirmed");
	}

	@Test
	void aNoShowReleasesTheSlotToTheFirstWaitingStudent() {
		Instant start = TestBookers.nextWeek(DayOfWeek.MONDAY, LocalTime.of(16, 0));
		AcademyUser absent = bookers.enrolledStudent("noshow");
		AcademyUser present = bookers.enrolledStudent("noshow");
		AcademyUser waiting = bookers.enrolledStudent("noshow");
		Booking missed = bookings.book(new Bookings.Request(TestBookers.COURSE, TestBookers.LAB, start, null,
				TestBookers.OWN_BASE), absent, null);
		Booking attended = bookings.book(new Bookings.Request(TestBookers.COURSE, TestBookers.LAB, start, null,
				TestBookers.OWN_BASE), present, null);
		waitlist.join(TestBookers.COURSE, TestBookers.LAB, TestBookers.OWN_BASE, start, waiting);
		attend(attended.getId(), start.plusSeconds(30));
		attend(attended.getId(), start.plusSeconds(90));
		assertThat(repository.findById(attended.getId()).orElseThrow().getAttendedAt()).as("the first connection counts")
			.isEqualTo(start.plusSeconds(30));

		BookingSteps tooEarly = stepsAt(start.plus(Duration.ofMinutes(9)), events);
		tooEarly.run(missed.getId(), BookingLifecycle.Step.NO_SHOW, null);
		assertThat(status(missed.getId())).isEqualTo(BookingStatus.CONFIRMED);

		BookingSteps atCheck = stepsAt(start.plus(Duration.ofMinutes(10)), events);
		atCheck.run(missed.getId(), BookingLifecycle.Step.NO_SHOW, null);
		atCheck.run(attended.getId(), BookingLifecycle.Step.NO_SHOW, null);

		assertThat(status(missed.getId())).isEqualTo(BookingStatus.NO_SHOW);
		assertThat(status(attended.getId())).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(new TestInbox(notificationCenter).kinds(absent.id())).first().isEqualTo("booking-no-show");
		assertThat(lifecycle.keys(missed.getId())).allSatisfy(key -> assertThat(scheduler.getTrigger(key)).isNull());
		assertThat(repository.findByUserIdOrderByStartsAtDesc(waiting.id())).singleElement().satisfies(booking -> {
			assertThat(booking.getMachineId()).isEqualTo(missed.getMachineId());
			assertThat(booking.getEndsAt()).isEqualTo(missed.getEndsAt());
		});
		assertThat(new TestInbox(notificationCenter).kinds(waiting.id())).first().isEqualTo("waitlist-granted");
	}

	@Test
	void aFailingStepIsRecordedAndRetriedLater() throws Exception {
		// a step no version knows fails in the job: the scheduler goes on and a retry is written
		TriggerKey failing = TriggerKey.triggerKey("0-bogus", BookingLifecycle.GROUP);
		scheduler.scheduleJob(TriggerBuilder.newTrigger().withIdentity(failing).forJob(BookingLifecycle.JOB)
			.usingJobData(BookingStepJob.BOOKING, "0").usingJobData(BookingStepJob.STEP, "BOGUS")
			.startNow().build());
		TriggerKey retry = TriggerKey.triggerKey("0-bogus-retry1", BookingLifecycle.GROUP);
		try {
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (scheduler.getTrigger(retry) == null && System.nanoTime() < deadline) {
				Thread.sleep(200);
			}
			Trigger again = scheduler.getTrigger(retry);
			assertThat(again).as("retry scheduled").isNotNull();
			assertThat(again.getJobDataMap().getString(BookingStepJob.ATTEMPT)).isEqualTo("1");
			assertThat(again.getStartTime().toInstant()).isAfter(Instant.now().plusSeconds(30));
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scheduler_failures WHERE job = ? AND subject = ?",
					Integer.class, failing.toString(), "booking 0")).isEqualTo(1);
		}
		finally {
			scheduler.unscheduleJob(retry);
		}
	}

	private void attend(long bookingId, Instant at) {
		attendance.attended(bookingId, at);
	}

	private BookingSteps stepsAt(Instant now, ApplicationEventPublisher publisher) {
		return new BookingSteps(repository, rules, cells, notices, jdbc, publisher, transactionManager,
				Clock.fixed(now, ZoneOffset.UTC));
	}

	private BookingStatus status(long id) {
		return repository.findById(id).orElseThrow().getStatus();
	}

	private Instant fireTime(Booking booking, BookingLifecycle.Step step, Duration before) throws Exception {
		Trigger trigger = lifecycle.trigger(booking.getId(), step, before);
		assertThat(trigger).as(step + " trigger").isNotNull();
		return trigger.getStartTime().toInstant();
	}

}
