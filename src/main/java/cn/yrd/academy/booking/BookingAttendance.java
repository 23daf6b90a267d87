package cn.yrd.academy.booking;

import java.time.Instant;

/**
 * Tells booking that its student connected to the machine: a booking with a connection is never a no-show.
 * Called by the remote-session module on the first connection of a booking.
 */
public interface BookingAttendance {

	/** Records the first connection; a later call keeps the first time. */
	void attended(long bookingId, Instant at);

}
