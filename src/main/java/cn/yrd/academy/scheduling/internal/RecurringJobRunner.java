package cn.yrd.academy.scheduling.internal;

import java.util.List;

import cn.yrd.academy.scheduling.JobFailures;
import cn.yrd.academy.scheduling.RecurringJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Quartz job behind every entry of {@code jobs.yaml}: runs the {@link RecurringJob} the entry names. A run
 * that throws is logged and left for the next firing; it never stops the scheduler.
 */
@DisallowConcurrentExecution
public class RecurringJobRunner implements Job {

	static final String JOB_NAME = "job";

	private static final Logger log = LoggerFactory.getLogger(RecurringJobRunner.class);

	private List<RecurringJob> jobs = List.of();

	private JobFailures failures;

	/** Quartz creates the instance; Spring's job factory injects the jobs. */
	@Autowired
	public void setJobs(List<RecurringJob> jobs) {
		this.jobs = jobs;
	}

	@Autowired
	public void setFailures(JobFailures failures) {
		this.failures = failures;
	}

	@Override
	public void execute(JobExecutionContext context) {
		String name = context.getMergedJobDataMap().getString(JOB_NAME);
		RecurringJob job = jobs.stream().filter(candidate -> candidate.name().equals(name)).findFirst().orElse(null);
		if (job == null) {
			log.error("Recurring job '{}' ({}) names no job of this application", name, context.getJobDetail().getKey());
			return;
		}
		try {
			job.run();
		}
		catch (RuntimeException failed) {
			log.error("Recurring job '{}' ({}) failed; it runs again at its next time", name,
					context.getJobDetail().getKey(), failed);
			failures.record(context.getJobDetail().getKey().toString(), "", failed);
		}
	}

}
