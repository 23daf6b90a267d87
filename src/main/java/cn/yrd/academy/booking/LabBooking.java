package cn.yrd.academy.booking;

import java.time.Instant;

/**
 * A booking as the remote-session module sees it: whose it is, which machine, which exercise, and its time.
 */
public record LabBooking(long id, long userId, long machineId, String courseCode, String labSlug, Instant start,
		Instant end, BookingStatus status) {

	/** Whether the booking holds its machine at {@code now}: confirmed or active, and now inside [start, end). */
	public boolean holdsMachineAt(Instant now) {
		return status.holdsTime() && !now.isBefore(start) && now.isBefore(end);
	}

}
