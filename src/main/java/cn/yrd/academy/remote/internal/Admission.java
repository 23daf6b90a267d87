package cn.yrd.academy.remote.internal;

import java.time.Instant;

import cn.yrd.academy.booking.LabBooking;
import cn.yrd.academy.booking.LabBookings;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.LabMachines;
import org.springframework.stereotype.Component;

/**
 * Whether a student may be on a booking's machine right now. Asked when a token is issued and again when its
 * WebSocket opens, since the booking may have ended, been cancelled or moved in between.
 */
@Component
public class Admission {

	private final LabBookings bookings;

	private final LabMachines machines;

	Admission(LabBookings bookings, LabMachines machines) {
		this.bookings = bookings;
		this.machines = machines;
	}

	/** The booking, if the user may connect to its machine at {@code now}; otherwise why not. */
	public LabBooking admit(long bookingId, long userId, Instant now) {
		LabBooking booking = bookings.find(bookingId)
			.filter(found -> found.userId() == userId)
			.orElseThrow(() -> new RemoteRefused(RemoteRefusal.BOOKING_NOT_FOUND));
		if (!booking.status().holdsTime()) {
			throw new RemoteRefused(RemoteRefusal.BOOKING_NOT_ACTIVE);
		}
		if (now.isBefore(booking.start())) {
			throw new RemoteRefused(RemoteRefusal.BOOKING_NOT_STARTED);
		}
		if (!now.isBefore(booking.end())) {
			throw new RemoteRefused(RemoteRefusal.BOOKING_ENDED);
		}
		machines.find(booking.machineId())
			.filter(LabMachine::isActive)
			.orElseThrow(() -> new RemoteRefused(RemoteRefusal.MACHINE_UNAVAILABLE));
		return booking;
	}

}
