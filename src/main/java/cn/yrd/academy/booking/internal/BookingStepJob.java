package cn.yrd.academy.booking.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import cn.yrd.academy.scheduling.JobFailures;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Quartz job behind every booking trigger: runs the trigger's step for its booking (see {@link BookingSteps}).
 * A failure is logged with the booking, listed in the operations view, and retried up to three times, a
 * minute apart and then longer: every step checks the booking as it stands, so running it again is safe.
 */
public class BookingStepJob implements Job {

	static final String BOOKING = "booking";

	static final String STEP = "step";

	static final String BEFORE = "before";

	/** How many times this run was retried after a failure: absent on the trigger written with the booking. */
	static final String ATTEMPT = "attempt";

	static final int RETRIES = 3;

	private static final Duration RETRY_AFTER = Duration.ofMinutes(1);

	private static final Logger log = LoggerFactory.getLogger(BookingStepJob.class);

	private BookingSteps steps;

	private JobFailures failures;

	@Autowired
	public void setSteps(BookingSteps steps) {
		this.steps = steps;
	}

	@Autowired
	public void setFailures(JobFailures failures) {
		this.failures = failures;
	}

	@Override
	public void execute(JobExecutionContext context) {
		JobDataMap data = context.getMergedJobDataMap();
		String booking = data.getString(BOOKING);
		String step = data.getString(STEP);
		try {
			String before = data.getString(BEFORE);
			steps.run(Long.parseLong(booking), BookingLifecycle.Step.valueOf(step),
					before == null ? null : Duration.ofMinutes(Long.parseLong(before)));
		}
		catch (RuntimeException failed) {
			int attempt = data.containsKey(ATTEMPT) ? Integer.parseInt(data.getString(ATTEMPT)) : 0;
			log.error("Booking {}: step {} failed (attempt {})", booking, step, attempt + 1, failed);
			failures.record(context.getTrigger().getKey().toString(), "booking " + booking, failed);
			if (attempt < RETRIES) {
				retry(context, attempt + 1);
			}
		}
	}

	private static void retry(JobExecutionContext context, int attempt) {
		Trigger failed = context.getTrigger();
		String name = failed.getKey().getName().replaceFirst("-retry\\d+$", "") + "-retry" + attempt;
		Trigger again = TriggerBuilder.newTrigger()
			.withIdentity(name, failed.getKey().getGroup())
			.forJob(failed.getJobKey())
			.usingJobData(new JobDataMap(failed.getJobDataMap()))
			.usingJobData(ATTEMPT, String.valueOf(attempt))
			.startAt(Date.from(Instant.now().plus(RETRY_AFTER.multipliedBy(attempt))))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionIgnoreMisfires())
			.build();
		try {
			context.getScheduler().scheduleJob(again);
		}
		catch (SchedulerException ex) {
			log.error("Could not schedule retry {} of {}", attempt, failed.getKey(), ex);
		}
	}

}
