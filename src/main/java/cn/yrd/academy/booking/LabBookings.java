package cn.yrd.academy.booking;

import java.util.Optional;

/**
 * Reads bookings for the modules that run what a booking holds (remote lab sessions). Always the current state:
 * an extension, a move or a cancellation shows at once.
 */
public interface LabBookings {

	Optional<LabBooking> find(long bookingId);

}
