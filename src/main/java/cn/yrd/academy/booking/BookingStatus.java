package cn.yrd.academy.booking;

/**
 * Where a booking stands: confirmed → active → completed, or cancelled, or no-show.
 */
public enum BookingStatus {

	CONFIRMED, ACTIVE, COMPLETED, CANCELLED, NO_SHOW;

	/** Whether the booking still holds its machine and its student's time. */
	public boolean holdsTime() {
		return this == CONFIRMED || this == ACTIVE;
	}

}
