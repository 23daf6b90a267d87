package cn.yrd.academy.scheduling.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.yrd.academy.scheduling.RecurringJob;
import cn.yrd.academy.shared.time.ClockConfiguration;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Makes the stored recurring triggers match {@code scheduler/jobs.yaml} at every start: new entries are
 * scheduled, a changed cron or misfire policy replaces the stored trigger, and an entry removed from the file
 * is unscheduled. An invalid file stops the start, with every problem listed. All nodes of a cluster run this;
 * the result is the same whichever runs last.
 */
@Component
class RecurringSchedule implements SmartInitializingSingleton {

	static final String GROUP = "recurring";

	private static final Logger log = LoggerFactory.getLogger(RecurringSchedule.class);

	private final Scheduler scheduler;

	private final List<JobCatalog.Entry> entries;

	RecurringSchedule(Scheduler scheduler, SchedulerSettings settings, List<RecurringJob> jobs) throws IOException {
		this.scheduler = scheduler;
		if (!Files.isRegularFile(settings.jobsFile())) {
			throw new IllegalStateException("The recurring-job catalog " + settings.jobsFile().toAbsolutePath()
					+ " is missing; set academy.scheduler.dir to the folder holding jobs.yaml");
		}
		Set<String> known = jobs.stream().map(RecurringJob::name).collect(Collectors.toCollection(TreeSet::new));
		JobCatalog.Result catalog = JobCatalog.read(Files.readString(settings.jobsFile()), known);
		if (!catalog.problems().isEmpty()) {
			throw new IllegalStateException("Invalid " + settings.jobsFile().toAbsolutePath() + ":\n  "
					+ String.join("\n  ", catalog.problems()));
		}
		this.entries = catalog.entries();
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			for (JobCatalog.Entry entry : entries) {
				schedule(entry);
			}
			Set<String> wanted = entries.stream().map(JobCatalog.Entry::key).collect(Collectors.toSet());
			for (TriggerKey stored : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP))) {
				if (!wanted.contains(stored.getName())) {
					scheduler.deleteJob(JobKey.jobKey(stored.getName(), GROUP));
					log.info("Recurring job '{}' is no longer in jobs.yaml: unscheduled", stored.getName());
				}
			}
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Could not schedule the recurring jobs of jobs.yaml", ex);
		}
	}

	private void schedule(JobCatalog.Entry entry) throws SchedulerException {
		JobDetail job = JobBuilder.newJob(RecurringJobRunner.class)
			.withIdentity(entry.key(), GROUP)
			.withDescription(entry.purpose())
			.usingJobData(RecurringJobRunner.JOB_NAME, entry.job())
			.storeDurably()
			.build();
		CronScheduleBuilder cron = CronScheduleBuilder.cronSchedule(entry.cron())
			.inTimeZone(TimeZone.getTimeZone(ClockConfiguration.CLUSTER_ZONE));
		cron = entry.misfire() == JobCatalog.Misfire.DO_NOTHING ? cron.withMisfireHandlingInstructionDoNothing()
				: cron.withMisfireHandlingInstructionFireAndProceed();
		Trigger trigger = TriggerBuilder.newTrigger()
			.withIdentity(entry.key(), GROUP)
			.withDescription(entry.purpose())
			.forJob(job)
			.withSchedule(cron)
			.build();
		Trigger stored = scheduler.getTrigger(trigger.getKey());
		if (stored == null) {
			scheduler.scheduleJob(job, Set.of(trigger), true);
			log.info("Recurring job '{}' scheduled: {}", entry.key(), entry.cron());
		}
		else if (!(stored instanceof CronTrigger storedCron) || !storedCron.getCronExpression().equals(entry.cron())
				|| stored.getMisfireInstruction() != trigger.getMisfireInstruction()) {
			scheduler.addJob(job, true);
			scheduler.rescheduleJob(trigger.getKey(), trigger);
			log.info("Recurring job '{}' rescheduled: {}", entry.key(), entry.cron());
		}
	}

	List<JobCatalog.Entry> entries() {
		return entries;
	}

}
