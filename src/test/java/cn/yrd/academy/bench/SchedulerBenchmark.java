package cn.yrd.academy.bench;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.yrd.academy.AcademyApplication;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code bin/academy bench scheduler}: two application nodes on one embedded database (this JVM and a second JVM
 * started like {@code QuartzClusterIntegrationTests} does) form the Quartz cluster; 10,000 bookings' lifecycle
 * triggers (50,000 one-shot triggers in the shape {@code BookingLifecycle} writes: the 30-minute reminder, start,
 * no-show check, end warning and end as SimpleTriggers, misfire fire-now, job data with booking id and step, on a
 * durable job that requests recovery) are scheduled directly, not through HTTP, with starts spread over two
 * minutes and the other steps at their real distances with minutes read as seconds, the first due
 * {@code bench.lead-seconds} after scheduling began. Prints the firing lateness (job start − due time)
 * p50/p99/max, the firings per node, duplicate and missing firings (both must be 0), and whether p99 ≤ 1 s.
 */
public final class SchedulerBenchmark {

	private static final int BOOKINGS = Integer.getInteger("bench.bookings", 10_000);

	/** Starts are spread over this many seconds. */
	private static final int SPREAD_SECONDS = Integer.getInteger("bench.spread-seconds", 120);

	/**
	 * Seconds between one step's wave and the next. Bookings that start within a few minutes have their other
	 * steps minutes away (the reminder 30 min before, the no-show check 10 min after, the end warning and the
	 * end hours later), so each step arrives as its own wave of 10,000: by default the waves follow each other
	 * without overlap. A smaller gap piles the waves up (a diagnostic of the cluster's firing capacity).
	 */
	private static final int WAVE_GAP_SECONDS = Integer.getInteger("bench.wave-gap-seconds", SPREAD_SECONDS);

	private static final List<String> STEPS = List.of("REMINDER", "START", "NO_SHOW", "END_WARNING", "END");

	/** The first trigger is due this long after scheduling begins; all must be stored before then. */
	private static final int LEAD_SECONDS = Integer.getInteger("bench.lead-seconds", 60);

	private static final int TIMEOUT_SECONDS = Integer.getInteger("bench.timeout-seconds", 360);

	private static final JobKey JOB = JobKey.jobKey("bench-booking-step", "bench");

	private static final long GOAL_MS = 1000;

	private SchedulerBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0",
				"--academy.database.embedded.data-dir=data/bench-mariadb", "--academy.database.embedded.reset-schema=true",
				"--academy.search.index-dir=data/bench-search-index",
				"--spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create",
				"--logging.level.root=warn"));
		// extra application arguments for diagnosis, given to both nodes, e.g. --academy.scheduler.dir=<dir>
		arguments.addAll(List.of(args));
		if (args.length > 0) {
			System.out.println("Extra application arguments (both nodes): " + String.join(" ", args));
		}
		int status = 2;
		try {
			ConfigurableApplicationContext app = new SpringApplicationBuilder(AcademyApplication.class)
				.profiles("demo")
				.run(arguments.toArray(String[]::new));
			try {
				status = run(app, args);
			}
			finally {
				app.close();
			}
		}
		catch (Throwable failure) {
			// without System.exit the embedded database's threads would keep the JVM alive
			failure.printStackTrace();
		}
		System.exit(status);
	}

	private static int run(ConfigurableApplicationContext app, String[] extra) throws Exception {
		Scheduler nodeA = app.getBean(Scheduler.class);
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
		System.out.println("Node A (this JVM): " + nodeA.getSchedulerInstanceId() + ", Quartz thread pool "
				+ nodeA.getMetaData().getThreadPoolSize() + ", job store "
				+ nodeA.getMetaData().getJobStoreClass().getSimpleName() + " (settings from "
				+ app.getEnvironment().getProperty("academy.scheduler.dir", "scheduler") + "/quartz.properties)");
		jdbc.execute("DROP TABLE IF EXISTS bench_scheduler_runs");
		jdbc.execute(SchedulerBenchmarkJob.TABLE);
		nodeA.addJob(JobBuilder.newJob(SchedulerBenchmarkJob.class).withIdentity(JOB).storeDurably().requestRecovery()
			.build(), true);

		long nodeStart = System.nanoTime();
		Process nodeB = startSecondNode(app.getEnvironment(), extra);
		try {
			awaitNodes(jdbc, 2, nodeB);
			System.out.printf("Node B (second JVM, pid %d) checked in after %.1f s; nodes: %s%n", nodeB.pid(),
					(System.nanoTime() - nodeStart) / 1e9,
					jdbc.queryForList("SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE", String.class));
			return measure(nodeA, jdbc, tx);
		}
		finally {
			nodeB.destroy();
			if (!nodeB.waitFor(60, TimeUnit.SECONDS)) {
				nodeB.destroyForcibly();
			}
			try {
				nodeA.deleteJob(JOB);
			}
			catch (Exception ignored) {
				// the schema is reset on the next run anyway
			}
		}
	}

	private static int measure(Scheduler nodeA, JdbcTemplate jdbc, TransactionTemplate tx) throws Exception {
		System.out.printf("Settings: %,d bookings, starts spread over %d s, %d steps each (%s) in waves %d s apart,"
				+ " first due %d s after scheduling begins (-Dbench.bookings, -Dbench.spread-seconds,"
				+ " -Dbench.wave-gap-seconds, -Dbench.lead-seconds); the job only records its firing (one INSERT)%n",
				BOOKINGS, SPREAD_SECONDS, STEPS.size(), String.join(", ", STEPS), WAVE_GAP_SECONDS, LEAD_SECONDS);
		long begin = System.currentTimeMillis();
		long first = (begin / 1000 + LEAD_SECONDS) * 1000;
		Random random = new Random(42);
		List<Trigger> triggers = new ArrayList<>(STEPS.size() * BOOKINGS);
		for (int b = 1; b <= BOOKINGS; b++) {
			long offset = random.nextInt(SPREAD_SECONDS * 1000);
			for (int wave = 0; wave < STEPS.size(); wave++) {
				triggers.add(trigger(b, STEPS.get(wave), first + wave * WAVE_GAP_SECONDS * 1000L + offset));
			}
		}
		triggers.sort((x, y) -> x.getStartTime().compareTo(y.getStartTime()));
		long last = triggers.get(triggers.size() - 1).getStartTime().getTime();

		// stored in transactions of 500 by 4 threads, earliest first (lockOnInsert=false: no cluster lock taken)
		ExecutorService writers = Executors.newFixedThreadPool(4);
		List<Future<?>> batches = new ArrayList<>();
		for (int from = 0; from < triggers.size(); from += 500) {
			List<Trigger> batch = triggers.subList(from, Math.min(from + 500, triggers.size()));
			batches.add(writers.submit(() -> tx.executeWithoutResult(status -> {
				try {
					for (Trigger trigger : batch) {
						nodeA.scheduleJob(trigger);
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			})));
		}
		for (Future<?> batch : batches) {
			batch.get();
		}
		writers.shutdown();
		long stored = System.currentTimeMillis();
		System.out.printf("Scheduled %,d triggers (%,d bookings × 30-min reminder, start, no-show check, end warning,"
				+ " end; the shape of BookingLifecycle's"
				+ " triggers, scheduled directly, no bookings created) in %.1f s (%.0f/s); first due %s, %.1f s after"
				+ " storing finished; last due %s%n", triggers.size(), BOOKINGS, (stored - begin) / 1e3,
				triggers.size() / ((stored - begin) / 1e3), Instant.ofEpochMilli(first), (first - stored) / 1e3,
				Instant.ofEpochMilli(last));
		if (stored > first) {
			System.out.println("WARNING: storing finished after the first trigger was due; raise -Dbench.lead-seconds");
		}

		long deadline = last + TIMEOUT_SECONDS * 1000L;
		long lastReport = 0;
		int distinct = 0;
		while (System.currentTimeMillis() < deadline) {
			distinct = jdbc.queryForObject("SELECT COUNT(DISTINCT trigger_name) FROM bench_scheduler_runs",
					Integer.class);
			if (distinct >= triggers.size()) {
				break;
			}
			if (System.currentTimeMillis() - lastReport >= 15_000) {
				lastReport = System.currentTimeMillis();
				System.out.printf("  %s: %,d of %,d fired%n", Instant.ofEpochMilli(lastReport), distinct,
						triggers.size());
			}
			Thread.sleep(500);
		}
		long allFired = System.currentTimeMillis();
		System.out.printf("All fired %.1f s after the last was due%s; waiting 10 s for duplicates%n",
				(allFired - last) / 1e3, distinct >= triggers.size() ? "" : " (TIMEOUT)");
		Thread.sleep(10_000);

		List<long[]> rows = jdbc.query(
				"SELECT trigger_name, due_ms, scheduled_ms, fired_ms, started_ms FROM bench_scheduler_runs",
				(rs, row) -> new long[] { rs.getString(1).hashCode(), rs.getLong(2), rs.getLong(3), rs.getLong(4),
						rs.getLong(5) });
		Map<String, Integer> runs = new HashMap<>();
		jdbc.query("SELECT trigger_name, COUNT(*) FROM bench_scheduler_runs GROUP BY trigger_name",
				rs -> {
					runs.put(rs.getString(1), rs.getInt(2));
				});
		long duplicates = runs.values().stream().filter(n -> n > 1).count();
		long extraRuns = runs.values().stream().mapToLong(n -> n - 1).sum();
		long missing = triggers.size() - runs.size();
		Map<String, Integer> perNode = new TreeMap<>();
		jdbc.query("SELECT node, COUNT(*) FROM bench_scheduler_runs GROUP BY node",
				rs -> {
					perNode.put(rs.getString(1), rs.getInt(2));
				});
		long misfired = rows.stream().filter(r -> r[2] != r[1]).count();
		long[] lateness = rows.stream().mapToLong(r -> r[4] - r[1]).sorted().toArray();
		long[] fireLateness = rows.stream().mapToLong(r -> r[3] - r[1]).sorted().toArray();
		long left = jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE JOB_NAME = ? AND JOB_GROUP = ?",
				Long.class, JOB.getName(), JOB.getGroup());

		System.out.println();
		System.out.printf("triggers: %,d one-shot (%,d bookings × %d steps), due %s .. %s (%d s)%n",
				triggers.size(), BOOKINGS, STEPS.size(), Instant.ofEpochMilli(first), Instant.ofEpochMilli(last),
				(last - first) / 1000);
		System.out.printf("firings recorded: %,d; per node %s%n", rows.size(), perNode);
		System.out.printf("lateness (job start − due time): p50 %d ms, p99 %d ms, max %d ms%n", p(lateness, 50),
				p(lateness, 99), lateness.length == 0 ? 0 : lateness[lateness.length - 1]);
		System.out.printf("  (Quartz fire time − due time: p50 %d ms, p99 %d ms, max %d ms; %,d handled as misfires,"
				+ " later than misfireThreshold)%n", p(fireLateness, 50), p(fireLateness, 99),
				fireLateness.length == 0 ? 0 : fireLateness[fireLateness.length - 1], misfired);
		System.out.printf("duplicate firings: %d triggers fired more than once (%d extra runs) (must be 0)%n",
				duplicates, extraRuns);
		System.out.printf("missing firings: %d (must be 0); triggers left in Quartz: %d%n", missing, left);
		boolean met = lateness.length > 0 && p(lateness, 99) <= GOAL_MS;
		System.out.printf("goal p99 lateness <= 1 s: %s%n", met ? "met" : "NOT met");
		boolean correct = duplicates == 0 && missing == 0;
		if (!correct) {
			System.out.println("CORRECTNESS FAILURE: duplicate or missing firings");
		}
		return correct ? 0 : 1;
	}

	/** The trigger BookingLifecycle writes for a booking's step, on the benchmark's job. */
	private static Trigger trigger(long booking, String step, long at) {
		return TriggerBuilder.newTrigger()
			.withIdentity(booking + "-" + step.toLowerCase(), "bench-booking")
			.forJob(JOB)
			.usingJobData("booking", String.valueOf(booking))
			.usingJobData("step", step)
			.startAt(new Date(at))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionIgnoreMisfires())
			.build();
	}

	private static long p(long[] sorted, int percentile) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
	}

	/** The application again, in its own JVM, on this one's embedded database as an external one. */
	private static Process startSecondNode(Environment environment, String[] extra) throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m",
				"-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-cp", System.getProperty("java.class.path"),
				AcademyApplication.class.getName(), "--spring.profiles.active=demo", "--server.port=0",
				"--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
				"--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
				"--spring.jpa.database-platform=" + environment.getProperty("spring.jpa.database-platform"),
				"--academy.search.index-dir=data/bench-search-index-b", "--logging.level.root=warn"));
		command.addAll(List.of(extra));
		File log = Path.of("data", "tmp", "bench-scheduler-node-b.log").toFile();
		System.out.println("Starting node B; its log: " + log);
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
	}

	private static void awaitNodes(JdbcTemplate jdbc, int count, Process nodeB) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 180_000;
		while (System.currentTimeMillis() < deadline && nodes(jdbc) < count) {
			if (!nodeB.isAlive()) {
				throw new IllegalStateException("node B exited with " + nodeB.exitValue()
						+ "; see data/tmp/bench-scheduler-node-b.log");
			}
			Thread.sleep(500);
		}
		if (nodes(jdbc) < count) {
			throw new IllegalStateException("node B did not check in; see data/tmp/bench-scheduler-node-b.log");
		}
	}

	private static int nodes(JdbcTemplate jdbc) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE WHERE LAST_CHECKIN_TIME > ?",
				Integer.class, System.currentTimeMillis() - 15_000);
	}

}
