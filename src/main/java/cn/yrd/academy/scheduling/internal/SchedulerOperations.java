package cn.yrd.academy.scheduling.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import cn.yrd.academy.scheduling.JobFailures;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the operations view shows and does: the cluster's nodes, the recurring jobs with their last and next
 * run, recent failures, and pausing or resuming a recurring job.
 */
@Service
public class SchedulerOperations implements JobFailures {

	private static final Logger log = LoggerFactory.getLogger(SchedulerOperations.class);

	/** A node of the Quartz cluster and when it last checked in. */
	public record Node(String instanceId, Instant lastCheckIn, long checkInIntervalMillis, boolean thisNode) {

		/** A node silent for more than two check-in intervals is probably gone. */
		public boolean isLate(Instant now) {
			return lastCheckIn.plusMillis(2 * checkInIntervalMillis).isBefore(now);
		}

	}

	public record RecurringJobView(String key, String job, String cron, String misfire, String purpose,
			String state, Instant previousRun, Instant nextRun) {
	}

	public record Failure(String job, String subject, String node, Instant failedAt, String message) {
	}

	private final Scheduler scheduler;

	private final RecurringSchedule recurring;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SchedulerOperations(Scheduler scheduler, RecurringSchedule recurring, JdbcTemplate jdbc, Clock clock) {
		this.scheduler = scheduler;
		this.recurring = recurring;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public boolean isRunning() throws SchedulerException {
		return scheduler.isStarted() && !scheduler.isInStandbyMode() && !scheduler.isShutdown();
	}

	public String thisNode() throws SchedulerException {
		return scheduler.getSchedulerInstanceId();
	}

	public List<Node> nodes() throws SchedulerException {
		String me = scheduler.getSchedulerInstanceId();
		return jdbc.query("SELECT INSTANCE_NAME, LAST_CHECKIN_TIME, CHECKIN_INTERVAL FROM QRTZ_SCHEDULER_STATE"
				+ " WHERE SCHED_NAME = ? ORDER BY INSTANCE_NAME", (rs, row) -> new Node(rs.getString(1),
						Instant.ofEpochMilli(rs.getLong(2)), rs.getLong(3), rs.getString(1).equals(me)),
				scheduler.getSchedulerName());
	}

	public List<RecurringJobView> recurringJobs() throws SchedulerException {
		List<RecurringJobView> views = new ArrayList<>();
		for (JobCatalog.Entry entry : recurring.entries()) {
			TriggerKey key = TriggerKey.triggerKey(entry.key(), RecurringSchedule.GROUP);
			Trigger trigger = scheduler.getTrigger(key);
			views.add(new RecurringJobView(entry.key(), entry.job(), entry.cron(),
					entry.misfire().name().toLowerCase(Locale.ROOT).replace('_', '-'), entry.purpose(),
					scheduler.getTriggerState(key).name(), instant(trigger == null ? null : trigger.getPreviousFireTime()),
					instant(trigger == null ? null : trigger.getNextFireTime())));
		}
		return views;
	}

	/** @return {@code false} for a key that is not a recurring job of jobs.yaml */
	public boolean pause(String key) throws SchedulerException {
		if (!isRecurring(key)) {
			return false;
		}
		scheduler.pauseJob(JobKey.jobKey(key, RecurringSchedule.GROUP));
		return true;
	}

	public boolean resume(String key) throws SchedulerException {
		if (!isRecurring(key)) {
			return false;
		}
		scheduler.resumeJob(JobKey.jobKey(key, RecurringSchedule.GROUP));
		return true;
	}

	public List<Failure> recentFailures() {
		return jdbc.query("SELECT job, subject, node, failed_at, message FROM scheduler_failures"
				+ " ORDER BY failed_at DESC, id DESC LIMIT 20", (rs, row) -> new Failure(rs.getString(1),
						rs.getString(2), rs.getString(3),
						rs.getTimestamp(4).toLocalDateTime().toInstant(ZoneOffset.UTC), rs.getString(5)));
	}

	/** Written in its own transaction: a failed job's own work may be rolled back, its failure is kept. */
	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String job, String subject, Throwable failure) {
		String node;
		try {
			node = scheduler.getSchedulerInstanceId();
		}
		catch (SchedulerException ex) {
			node = "?";
		}
		String message = failure.getClass().getSimpleName() + ": " + String.valueOf(failure.getMessage());
		jdbc.update("INSERT INTO scheduler_failures (job, subject, node, failed_at, message) VALUES (?, ?, ?, ?, ?)",
				truncate(job, 200), truncate(subject, 120), truncate(node, 200),
				Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)),
				truncate(message, 1000));
		log.debug("Recorded failure of {}", job);
	}

	private boolean isRecurring(String key) {
		return recurring.entries().stream().anyMatch(entry -> entry.key().equals(key));
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

	private static String truncate(String text, int max) {
		return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
	}

}
