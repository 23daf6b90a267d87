package cn.yrd.academy.booking.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import cn.yrd.academy.booking.BookingChanged;
import cn.yrd.academy.booking.BookingEndingSoon;
import cn.yrd.academy.booking.BookingEnded;
import cn.yrd.academy.booking.BookingStatus;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timed steps of a booking: at its start it becomes active, five minutes before its end
 * {@link BookingEndingSoon} warns its student, at its end it is completed (and {@link BookingEnded} tells whatever
 * runs for it to stop). Its Quartz triggers are written in the booking's own transaction, so a
 * booking and its triggers commit or roll back together; moving, extending or cancelling moves or removes
 * them. Each step checks the booking as it is when it runs, so a late, repeated or outdated firing does no harm.
 */
@Service
public class BookingLifecycle implements SmartInitializingSingleton {

	static final String GROUP = "booking";

	static final JobKey JOB = JobKey.jobKey("booking-step", GROUP);

	/** The steps a trigger can run. */
	enum Step {
		START, END_WARNING, END
	}

	/** How long before the end the student is warned. */
	static final Duration WARNING = Duration.ofMinutes(5);

	private static final Logger log = LoggerFactory.getLogger(BookingLifecycle.class);

	private final Scheduler scheduler;

	private final BookingRepository bookings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BookingLifecycle(Scheduler scheduler, BookingRepository bookings, ApplicationEventPublisher events, Clock clock) {
		this.scheduler = scheduler;
		this.bookings = bookings;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(BookingChanged changed) throws SchedulerException {
		Booking booking = bookings.findById(changed.bookingId()).orElseThrow();
		switch (changed.change()) {
			case BOOKED -> {
				scheduler.scheduleJob(trigger(booking, Step.START, booking.getStartsAt()));
				scheduler.scheduleJob(trigger(booking, Step.END_WARNING, booking.getEndsAt().minus(WARNING)));
				scheduler.scheduleJob(trigger(booking, Step.END, booking.getEndsAt()));
			}
			case EXTENDED -> {
				// the warning may have fired already: write both afresh for the new end
				for (Step step : List.of(Step.END_WARNING, Step.END)) {
					scheduler.unscheduleJob(key(booking.getId(), step));
				}
				scheduler.scheduleJob(trigger(booking, Step.END_WARNING, booking.getEndsAt().minus(WARNING)));
				scheduler.scheduleJob(trigger(booking, Step.END, booking.getEndsAt()));
			}
			case CANCELLED -> {
				for (Step step : Step.values()) {
					scheduler.unscheduleJob(key(booking.getId(), step));
				}
			}
			case MOVED -> {
				// same times, same triggers
			}
		}
	}

	/** The trigger of a step, for operators and tests. */
	Trigger trigger(long bookingId, Step step) throws SchedulerException {
		return scheduler.getTrigger(key(bookingId, step));
	}

	/**
	 * The one durable job every booking trigger runs, stored at start (outside any booking's transaction) if
	 * this is the first start on the database.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		try {
			if (!scheduler.checkExists(JOB)) {
				scheduler.addJob(JobBuilder.newJob(BookingStepJob.class).withIdentity(JOB).storeDurably()
					.requestRecovery().withDescription("A booking's timed step: start or end").build(), true);
			}
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Could not store the booking step job in Quartz", ex);
		}
	}

	private static Trigger trigger(Booking booking, Step step, Instant at) {
		return TriggerBuilder.newTrigger()
			.withIdentity(key(booking.getId(), step))
			.forJob(JOB)
			.usingJobData(BookingStepJob.BOOKING, String.valueOf(booking.getId()))
			.usingJobData(BookingStepJob.STEP, step.name())
			.startAt(Date.from(at))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
			.build();
	}

	private static TriggerKey key(long bookingId, Step step) {
		return TriggerKey.triggerKey(bookingId + "-" + step.name().toLowerCase(), GROUP);
	}

	/** Runs a step for the booking as it stands now; nothing happens when it no longer applies. */
	@Transactional
	public void run(long bookingId, Step step) {
		Instant now = clock.instant();
		Booking booking = bookings.findById(bookingId).orElse(null);
		if (booking == null) {
			return;
		}
		if (step == Step.START && booking.getStatus() == BookingStatus.CONFIRMED
				&& !now.isBefore(booking.getStartsAt()) && now.isBefore(booking.getEndsAt())) {
			booking.activate(now);
			log.info("Booking {} started", bookingId);
		}
		else if (step == Step.END_WARNING && booking.getStatus().holdsTime()
				&& !now.isBefore(booking.getEndsAt().minus(WARNING)) && now.isBefore(booking.getEndsAt())) {
			events.publishEvent(new BookingEndingSoon(booking.getId(), booking.getMachineId(), booking.getUserId(),
					booking.getEndsAt()));
		}
		else if (step == Step.END && booking.getStatus().holdsTime() && !now.isBefore(booking.getEndsAt())) {
			booking.complete(now);
			events.publishEvent(new BookingEnded(booking.getId(), booking.getMachineId(), booking.getUserId()));
			log.info("Booking {} ended", bookingId);
		}
	}

}
