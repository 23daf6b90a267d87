package cn.yrd.academy.scheduling.internal;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A test job that writes which scheduler instance ran each trigger into {@code cluster_test_runs}, so runs on
 * another process show up too.
 */
public class CountingJob implements Job {

	static final String TABLE = "CREATE TABLE IF NOT EXISTS cluster_test_runs (trigger_name VARCHAR(200) NOT NULL,"
			+ " node VARCHAR(200) NOT NULL)";

	private JdbcTemplate jdbc;

	@Autowired
	public void setJdbc(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void execute(JobExecutionContext context) {
		String node;
		try {
			node = context.getScheduler().getSchedulerInstanceId();
		}
		catch (SchedulerException ex) {
			node = "?";
		}
		jdbc.update("INSERT INTO cluster_test_runs (trigger_name, node) VALUES (?, ?)",
				context.getTrigger().getKey().getName(), node);
	}

}
