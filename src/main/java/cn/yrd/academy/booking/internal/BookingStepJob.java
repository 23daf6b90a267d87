package cn.yrd.academy.booking.internal;

import java.time.Duration;

import cn.yrd.academy.scheduling.JobFailures;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Quartz job behind every booking trigger: runs the trigger's step for its booking (see
 * {@link BookingSteps}). A failure is logged with the
 * booking and left alone; the step checks the booking again if it ever runs once more.
 */
public class BookingStepJob implements Job {

	static final String BOOKING = "booking";

	static final String STEP = "step";

	static final String BEFORE = "before";

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
			log.error("Booking {}: step {} failed", booking, step, failed);
			failures.record(context.getTrigger().getKey().toString(), "booking " + booking, failed);
		}
	}

}
