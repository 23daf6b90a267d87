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

import cn.yrd.academy.booking.BookingEndingSoon;
import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestBookers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A booking's start and end triggers in the clustered Quartz store: written with the booking, moved by an
 * extension, removed by a cancellation; the steps they run change the booking only when they still apply.
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
	private TransactionTemplate transactions;

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
	void triggersComeWithTheBookingMoveWithAnExtensionAndGoWithACancellation() throws Exception {
		AcademyUser student = bookers.enrolledStudent("steps");
		Instant start = TestBookers.nextWeek(DayOfWeek.MONDAY, LocalTime.of(8, 0));
		Booking booking = bookings.book(new Bookings.Request(TestBookers.COURSE, TestBookers.LAB, start, null,
				TestBookers.OWN_BASE), student, null);

		assertThat(fireTime(booking, BookingLifecycle.Step.START)).isEqualTo(start);
		assertThat(fireTime(booking, BookingLifecycle.Step.END_WARNING)).isEqualTo(start.plus(Duration.ofMinutes(115)));
		assertThat(fireTime(booking, BookingLifecycle.Step.END)).isEqualTo(start.plus(Duration.ofHours(2)));

		bookings.extend(booking.getId(), student);
		assertThat(fireTime(booking, BookingLifecycle.Step.END_WARNING)).isEqualTo(start.plus(Duration.ofMinutes(145)));
		assertThat(fireTime(booking, BookingLifecycle.Step.END)).isEqualTo(start.plus(Duration.ofMinutes(150)));

		bookings.cancel(booking.getId(), student);
		for (BookingLifecycle.Step step : BookingLifecycle.Step.values()) {
			assertThat(lifecycle.trigger(booking.getId(), step)).as(step.name()).isNull();
		}
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
		lifecycle.run(id, BookingLifecycle.Step.START);
		assertThat(status(id)).isEqualTo(BookingStatus.CONFIRMED);

		BookingLifecycle atStart = new BookingLifecycle(scheduler, repository, events,
				Clock.fixed(start.plusSeconds(5), ZoneOffset.UTC));
		transactions.executeWithoutResult(tx -> atStart.run(id, BookingLifecycle.Step.START));
		assertThat(status(id)).isEqualTo(BookingStatus.ACTIVE);
		transactions.executeWithoutResult(tx -> atStart.run(id, BookingLifecycle.Step.END));
		assertThat(status(id)).as("the end step before the end").isEqualTo(BookingStatus.ACTIVE);

		List<Object> published = new ArrayList<>();
		BookingLifecycle atWarning = new BookingLifecycle(scheduler, repository, published::add,
				Clock.fixed(start.plus(Duration.ofMinutes(116)), ZoneOffset.UTC));
		transactions.executeWithoutResult(tx -> atWarning.run(id, BookingLifecycle.Step.END_WARNING));
		assertThat(published).singleElement().isInstanceOf(BookingEndingSoon.class);
		BookingLifecycle early = new BookingLifecycle(scheduler, repository, published::add,
				Clock.fixed(start.plus(Duration.ofMinutes(100)), ZoneOffset.UTC));
		transactions.executeWithoutResult(tx -> early.run(id, BookingLifecycle.Step.END_WARNING));
		assertThat(published).as("no warning long before the end").hasSize(1);

		BookingLifecycle atEnd = new BookingLifecycle(scheduler, repository, events,
				Clock.fixed(start.plus(Duration.ofHours(2)), ZoneOffset.UTC));
		transactions.executeWithoutResult(tx -> atEnd.run(id, BookingLifecycle.Step.END));
		assertThat(status(id)).isEqualTo(BookingStatus.COMPLETED);
		transactions.executeWithoutResult(tx -> atEnd.run(id, BookingLifecycle.Step.START));
		assertThat(status(id)).as("a late start after the end").isEqualTo(BookingStatus.COMPLETED);
	}

	private BookingStatus status(long id) {
		return repository.findById(id).orElseThrow().getStatus();
	}

	private Instant fireTime(Booking booking, BookingLifecycle.Step step) throws Exception {
		Trigger trigger = lifecycle.trigger(booking.getId(), step);
		return trigger.getStartTime().toInstant();
	}

}
