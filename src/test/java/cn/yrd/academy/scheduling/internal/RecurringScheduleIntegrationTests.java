package cn.yrd.academy.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.yrd.academy.scheduling.RecurringJob;
import cn.yrd.academy.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The recurring jobs of scheduler/jobs.yaml in the clustered JDBC job store on the embedded MariaDB: scheduled at
 * start, rescheduled when a cron changes, unscheduled when an entry goes, and an invalid file stops the start.
 */
@IntegrationTest
class RecurringScheduleIntegrationTests {

	private static final TriggerKey EXPIRY = TriggerKey.triggerKey("waitlist-expiry", RecurringSchedule.GROUP);

	@Autowired
	private Scheduler scheduler;

	@Autowired
	private SchedulerSettings settings;

	@Autowired
	private List<RecurringJob> jobs;

	@TempDir
	private Path dir;

	@Test
	void theCatalogsJobsAreInTheClusteredStore() throws Exception {
		assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
		assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
		CronTrigger trigger = (CronTrigger) scheduler.getTrigger(EXPIRY);
		assertThat(trigger.getCronExpression()).isEqualTo("0 */5 * * * ?");
		assertThat(trigger.getTimeZone().getID()).isEqualTo("Asia/Shanghai");
		assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);
	}

	@Test
	void aChangedCronIsStoredAndARemovedEntryUnscheduled() throws Exception {
		try {
			write("""
					jobs:
					  - key: waitlist-expiry
					    job: waitlist-expiry
					    cron: "0 0/10 * * * ?"
					    misfire: fire-once-now
					    purpose: Every ten minutes now.
					""");
			new RecurringSchedule(scheduler, new SchedulerSettings(dir), jobs).afterSingletonsInstantiated();
			CronTrigger changed = (CronTrigger) scheduler.getTrigger(EXPIRY);
			assertThat(changed.getCronExpression()).isEqualTo("0 0/10 * * * ?");
			assertThat(changed.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);

			write("jobs: []\n");
			new RecurringSchedule(scheduler, new SchedulerSettings(dir), jobs).afterSingletonsInstantiated();
			assertThat(scheduler.getTrigger(EXPIRY)).isNull();
			assertThat(scheduler.getJobDetail(JobKey.jobKey("waitlist-expiry", RecurringSchedule.GROUP))).isNull();
		}
		finally {
			new RecurringSchedule(scheduler, settings, jobs).afterSingletonsInstantiated();
		}
		assertThat(((CronTrigger) scheduler.getTrigger(EXPIRY)).getCronExpression()).isEqualTo("0 */5 * * * ?");
	}

	@Test
	void anInvalidCatalogStopsTheStartWithEveryProblem() throws Exception {
		write("""
				jobs:
				  - key: expiry
				    job: no-such-job
				    cron: "not a cron"
				    misfire: do-nothing
				    purpose: Broken.
				""");

		assertThatThrownBy(() -> new RecurringSchedule(scheduler, new SchedulerSettings(dir), jobs))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("jobs.yaml")
			.hasMessageContaining("unknown job 'no-such-job'")
			.hasMessageContaining("bad cron 'not a cron'");
		assertThatThrownBy(() -> new RecurringSchedule(scheduler, new SchedulerSettings(dir.resolve("missing")), jobs))
			.hasMessageContaining("is missing");
	}

	private void write(String yaml) throws Exception {
		Files.writeString(dir.resolve("jobs.yaml"), yaml);
	}

}
