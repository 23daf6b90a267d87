package cn.yrd.academy.booking;

/**
 * A booking was made or changed, published inside the transaction that did it.
 */
public record BookingChanged(long bookingId, Change change) {

	public enum Change {
		BOOKED, CANCELLED, EXTENDED, MOVED
	}

}
