package cn.yrd.academy.bench;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The job behind {@link SchedulerBenchmark}'s triggers: records, on whichever node runs it, when the trigger was due
 * ({@code getStartTime()}, which a misfire does not move), when Quartz meant to fire it, when it really fired and
 * when this job began, in one autocommit INSERT.
 */
public class SchedulerBenchmarkJob implements Job {

	static final String TABLE = """
			CREATE TABLE IF NOT EXISTS bench_scheduler_runs (trigger_name VARCHAR(200) NOT NULL,
			  due_ms BIGINT NOT NULL, scheduled_ms BIGINT NOT NULL, fired_ms BIGINT NOT NULL, started_ms BIGINT NOT NULL,
			  node VARCHAR(200) NOT NULL, booking VARCHAR(32), step VARCHAR(16))""";

	private JdbcTemplate jdbc;

	@Autowired
	public void setJdbc(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void execute(JobExecutionContext context) {
		long started = System.currentTimeMillis();
		String node;
		try {
			node = context.getScheduler().getSchedulerInstanceId();
		}
		catch (SchedulerException ex) {
			node = "?";
		}
		jdbc.update("INSERT INTO bench_scheduler_runs (trigger_name, due_ms, scheduled_ms, fired_ms, started_ms, node,"
				+ " booking, step) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", context.getTrigger().getKey().getName(),
				context.getTrigger().getStartTime().getTime(), context.getScheduledFireTime().getTime(),
				context.getFireTime().getTime(), started, node, context.getMergedJobDataMap().getString("booking"),
				context.getMergedJobDataMap().getString("step"));
	}

}
