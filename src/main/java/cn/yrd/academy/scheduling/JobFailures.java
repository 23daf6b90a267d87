package cn.yrd.academy.scheduling;

/**
 * Where scheduled jobs report a failed run, so cluster admins see it in the operations view as well as in the
 * node's log.
 */
public interface JobFailures {

	/**
	 * @param job the job's key, e.g. {@code recurring.waitlist-expiry} or {@code booking.17-start}
	 * @param subject what it was for (a booking, a machine), may be empty
	 */
	void record(String job, String subject, Throwable failure);

}
