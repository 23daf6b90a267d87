package cn.yrd.academy.booking.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import cn.yrd.academy.booking.BookingChanged;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The Quartz triggers of a booking's timed steps ({@link BookingSteps}): reminders before it, its start, the
 * no-show check, the end warning and its end. They are written in the booking's own transaction, so a booking
 * and its triggers commit or roll back together; extending or cancelling moves or removes them (a move to
 * another machine keeps the times, so the triggers stay).
 */
@Service
public class BookingLifecycle implements SmartInitializingSingleton {

	static final String GROUP = "booking";

	static final JobKey JOB = JobKey.jobKey("booking-step", GROUP);

	/** The steps a trigger can run. */
	enum Step {
		REMINDER, START, NO_SHOW, END_WARNING, END
	}

	/** How long before the end the student is warned. */
	static final Duration WARNING = Duration.ofMinutes(5);

	private final Scheduler scheduler;

	private final BookingRepository bookings;

	private final BookingRules rules;

	BookingLifecycle(Scheduler scheduler, BookingRepository bookings, BookingRules rules) {
		this.scheduler = scheduler;
		this.bookings = bookings;
		this.rules = rules;
	}

	@EventListener
	void on(BookingChanged changed) throws SchedulerException {
		Booking booking = bookings.findById(changed.bookingId()).orElseThrow();
		switch (changed.change()) {
			case BOOKED -> {
				Instant now = booking.getCreatedAt();
				for (Duration before : rules.reminders()) {
					Instant at = booking.getStartsAt().minus(before);
					// a reminder whose time has passed at booking tells nothing the confirmation did not
					if (at.isAfter(now)) {
						schedule(booking, Step.REMINDER, before, at);
					}
				}
				schedule(booking, Step.START, null, booking.getStartsAt());
				schedule(booking, Step.NO_SHOW, null, booking.getStartsAt().plus(rules.noShowAfter()));
				scheduleEnd(booking);
			}
			case EXTENDED -> {
				// the warning may have fired already: write both afresh for the new end
				scheduler.unscheduleJobs(List.of(key(booking.getId(), Step.END_WARNING, null),
						key(booking.getId(), Step.END, null)));
				scheduleEnd(booking);
			}
			case CANCELLED -> scheduler.unscheduleJobs(keys(booking.getId()));
			case MOVED -> {
				// same times, same triggers
			}
		}
	}

	/** The trigger of a step, for operators and tests. */
	Trigger trigger(long bookingId, Step step, Duration before) throws SchedulerException {
		return scheduler.getTrigger(key(bookingId, step, before));
	}

	/** Every trigger key a booking can have under the configured reminders. */
	List<TriggerKey> keys(long bookingId) {
		List<TriggerKey> keys = new ArrayList<>();
		rules.reminders().forEach(before -> keys.add(key(bookingId, Step.REMINDER, before)));
		for (Step step : List.of(Step.START, Step.NO_SHOW, Step.END_WARNING, Step.END)) {
			keys.add(key(bookingId, step, null));
		}
		return keys;
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
					.requestRecovery().withDescription("A booking's timed step: reminder, start, no-show check, end")
					.build(), true);
			}
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Could not store the booking step job in Quartz", ex);
		}
	}

	private void scheduleEnd(Booking booking) throws SchedulerException {
		schedule(booking, Step.END_WARNING, null, booking.getEndsAt().minus(WARNING));
		schedule(booking, Step.END, null, booking.getEndsAt());
	}

	private void schedule(Booking booking, Step step, Duration before, Instant at) throws SchedulerException {
		TriggerBuilder<Trigger> trigger = TriggerBuilder.newTrigger()
			.withIdentity(key(booking.getId(), step, before))
			.forJob(JOB)
			.usingJobData(BookingStepJob.BOOKING, String.valueOf(booking.getId()))
			.usingJobData(BookingStepJob.STEP, step.name());
		if (before != null) {
			trigger.usingJobData(BookingStepJob.BEFORE, String.valueOf(before.toMinutes()));
		}
		scheduler.scheduleJob(trigger.startAt(Date.from(at))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionIgnoreMisfires())
			.build());
	}

	private static TriggerKey key(long bookingId, Step step, Duration before) {
		String name = bookingId + "-" + step.name().toLowerCase() + (before == null ? "" : "-" + before.toMinutes() + "m");
		return TriggerKey.triggerKey(name, GROUP);
	}

}
