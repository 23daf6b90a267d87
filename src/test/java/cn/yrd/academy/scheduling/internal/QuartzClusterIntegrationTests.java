package cn.yrd.academy.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.yrd.academy.AcademyApplication;
import cn.yrd.academy.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A second application process on the same database joins this one's Quartz cluster: every trigger fires
 * exactly once, on either node, and when the second node stops this one fires what is still pending.
 * (Two clustered schedulers cannot share one JVM: Quartz keeps its data sources in a JVM-wide registry.)
 */
@IntegrationTest
class QuartzClusterIntegrationTests {

	private static final JobKey JOB = JobKey.jobKey("cluster-test", "test");

	@Autowired
	private Scheduler nodeA;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Environment environment;

	@Test
	void everyTriggerFiresOnceAcrossTwoNodesAndTheSurvivorFiresTheRest() throws Exception {
		jdbc.execute(CountingJob.TABLE);
		nodeA.addJob(JobBuilder.newJob(CountingJob.class).withIdentity(JOB).storeDurably().build(), true);
		Process nodeB = startSecondNode();
		try {
			awaitNodes(2);

			List<String> both = schedule("both", 120, Instant.now().plusSeconds(2));
			Map<String, List<String>> runs = awaitRuns(both);
			assertThat(both).allSatisfy(key -> assertThat(runs.get(key)).as("runs of %s", key).hasSize(1));

			// With this node standing by, only the second node can fire: it does, each trigger once.
			nodeA.standby();
			List<String> secondOnly;
			Map<String, List<String>> secondRuns;
			try {
				secondOnly = schedule("second", 30, Instant.now().plusSeconds(1));
				secondRuns = awaitRuns(secondOnly);
			}
			finally {
				nodeA.start();
			}
			assertThat(secondOnly).allSatisfy(key -> assertThat(secondRuns.get(key)).as("runs of %s", key)
				.hasSize(1).doesNotContain(nodeA.getSchedulerInstanceId()));

			nodeB.destroy();
			assertThat(nodeB.waitFor(60, TimeUnit.SECONDS)).as("second node stopped").isTrue();
			List<String> afterStop = schedule("after-stop", 40, Instant.now().plusSeconds(1));
			Map<String, List<String>> survivorRuns = awaitRuns(afterStop);
			assertThat(afterStop).allSatisfy(key -> assertThat(survivorRuns.get(key)).as("runs of %s", key)
				.containsExactly(nodeA.getSchedulerInstanceId()));
		}
		finally {
			nodeB.destroyForcibly();
			nodeA.deleteJob(JOB);
		}
	}

	/** The application again, in its own JVM, on this test's embedded database as an external one. */
	private Process startSecondNode() throws Exception {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Path javaHome = Path.of(System.getProperty("java.home"), "bin", "java");
		List<String> command = new ArrayList<>(List.of(javaHome.toString(), "-Xmx512m",
				"-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-cp", classpath,
				AcademyApplication.class.getName(), "--spring.profiles.active=test,demo", "--server.port=0",
				"--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
				"--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
				"--spring.jpa.database-platform=" + environment.getProperty("spring.jpa.database-platform"),
				"--academy.search.index-dir=target/cluster-node-b-index"));
		File log = Path.of("target", "cluster-node-b.log").toFile();
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
	}

	private void awaitNodes(int count) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline) && nodes() < count) {
			Thread.sleep(500);
		}
		assertThat(nodes()).as("nodes checked in (see target/cluster-node-b.log)").isGreaterThanOrEqualTo(count);
	}

	private int nodes() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE WHERE LAST_CHECKIN_TIME > ?",
				Integer.class, System.currentTimeMillis() - 15_000);
	}

	private List<String> schedule(String prefix, int count, Instant at) throws Exception {
		String run = prefix + "-" + System.nanoTime();
		List<String> keys = IntStream.range(0, count).mapToObj(i -> run + "-" + i).toList();
		for (String key : keys) {
			nodeA.scheduleJob(TriggerBuilder.newTrigger().withIdentity(key, "test").forJob(JOB)
				.startAt(Date.from(at))
				.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionIgnoreMisfires())
				.build());
		}
		return keys;
	}

	/** Waits until every trigger ran, and a little longer for any duplicate to show; runs by trigger. */
	private Map<String, List<String>> awaitRuns(List<String> keys) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (Instant.now().isBefore(deadline) && runs(keys).size() < keys.size()) {
			Thread.sleep(250);
		}
		Thread.sleep(3000);
		Map<String, List<String>> runs = runs(keys);
		assertThat(runs.keySet()).as("triggers that ran").containsExactlyInAnyOrderElementsOf(keys);
		return runs;
	}

	private Map<String, List<String>> runs(List<String> keys) {
		String prefix = keys.get(0).substring(0, keys.get(0).lastIndexOf('-') + 1);
		return jdbc.query("SELECT trigger_name, node FROM cluster_test_runs WHERE trigger_name LIKE ?",
				(rs, row) -> Map.entry(rs.getString(1), rs.getString(2)), prefix + "%")
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

}
