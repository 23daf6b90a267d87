package cn.yrd.academy.scheduling;

/**
 * Work a module wants done on a schedule. Which jobs run, and when, is decided by {@code scheduler/jobs.yaml},
 * which names a job by {@link #name()}. A run must be safe to repeat: a late or second run does no harm.
 */
public interface RecurringJob {

	/** The name {@code jobs.yaml} uses for this job, e.g. {@code waitlist-expiry}. */
	String name();

	void run();

}
