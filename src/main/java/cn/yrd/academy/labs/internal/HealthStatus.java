package cn.yrd.academy.labs.internal;

/**
 * Whether a lab machine answers on its host and port, as the recurring job {@code machine-health} last saw it.
 */
public enum HealthStatus {

	/**
	 * Checked, but it has never answered: a machine still being set up. Its bookings are left alone, since
	 * withdrawing a machine nobody has reached yet would cancel every booking on a machine that simply is not
	 * installed yet.
	 */
	UNREACHED,

	/** Answered at the last check. */
	ONLINE,

	/**
	 * Answered before and has now failed several checks in a row. Going offline moved or cancelled its bookings
	 * in the next hours; it is not offered for new bookings until it answers again.
	 */
	OFFLINE

}
