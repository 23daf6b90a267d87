package cn.yrd.academy.labs.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import cn.yrd.academy.labs.MachineState;
import cn.yrd.academy.scheduling.RecurringJob;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Recurring job {@code machine-health} (scheduler/jobs.yaml): tries a TCP connection to every active machine
 * and records what changed (see {@link HealthTransitions}). The connections are tried in parallel on a bounded
 * pool, so machines that time out hold up only their own slot; the results are recorded one by one on the
 * job's thread, so the run needs one database connection, not one per machine. A machine whose check or
 * recording fails is logged with its id and the others go on.
 */
@Component
@EnableConfigurationProperties(MachineHealthProperties.class)
class MachineHealthCheck implements RecurringJob {

	/** A run gives up on checks still unfinished after this, well inside the minute between runs. */
	static final Duration RUN_LIMIT = Duration.ofSeconds(45);

	private static final Logger log = LoggerFactory.getLogger(MachineHealthCheck.class);

	private final MachineRepository machines;

	private final TcpProbe probe;

	private final HealthTransitions transitions;

	private final MachineHealthProperties properties;

	private final Clock clock;

	private final ExecutorService pool;

	MachineHealthCheck(MachineRepository machines, TcpProbe probe, HealthTransitions transitions,
			MachineHealthProperties properties, Clock clock) {
		this.machines = machines;
		this.probe = probe;
		this.transitions = transitions;
		this.properties = properties;
		this.clock = clock;
		this.pool = Executors.newFixedThreadPool(properties.parallelChecks(), daemonThreads());
	}

	@Override
	public String name() {
		return "machine-health";
	}

	@Override
	public void run() {
		List<Machine> active = machines.findByStateOrderById(MachineState.ACTIVE);
		List<Future<HealthCheck>> checks = new ArrayList<>(active.size());
		for (Machine machine : active) {
			checks.add(pool.submit(() -> probe.check(machine.getHost(), machine.getPort(), properties.connectTimeout())));
		}
		long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
		int changed = 0;
		for (int i = 0; i < active.size(); i++) {
			Machine machine = active.get(i);
			if (Thread.currentThread().isInterrupted()) {
				log.warn("Machine health run interrupted (shutting down?); {} machines left unrecorded",
						active.size() - i);
				return;
			}
			try {
				HealthCheck check = await(checks.get(i), deadline);
				if (transitions.record(machine.getId(), check) != MachineHealth.Transition.NONE) {
					changed++;
				}
			}
			catch (RuntimeException ex) {
				log.error("Health check of lab machine {} failed; the next run checks it again", machine.getId(), ex);
			}
		}
		log.debug("Machine health: {} active machines checked, {} changed", active.size(), changed);
	}

	private HealthCheck await(Future<HealthCheck> check, long deadline) {
		try {
			return check.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			check.cancel(true);
			return HealthCheck.failed(clock.instant(), "no result within the run's " + RUN_LIMIT.toSeconds() + " s");
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("probe failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the probe", ex);
		}
	}

	@PreDestroy
	void stop() {
		pool.shutdownNow();
	}

	private static ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, "machine-health-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
