package cn.yrd.academy.remote.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.booking.LabBooking;
import org.junit.jupiter.api.Test;

/**
 * Which tunnels the sweep closes, and why: the reason the student's page shows.
 */
class TunnelSweepTests {

	private static final Instant START = Instant.parse("2026-11-23T02:00:00Z");

	private static final ConnectGrant GRANT = new ConnectGrant(7, 11, 3);

	@Test
	void aBookingThatHoldsItsMachineKeepsItsTunnel() {
		assertThat(reason(booking(BookingStatus.ACTIVE, 3), START.plusSeconds(60))).isEmpty();
	}

	@Test
	void theEndOfTheBookingEndsTheTunnel() {
		assertThat(reason(booking(BookingStatus.ACTIVE, 3), START.plus(Duration.ofHours(2))))
			.contains(EndReason.BOOKING_ENDED);
		assertThat(reason(booking(BookingStatus.COMPLETED, 3), START.plusSeconds(60)))
			.contains(EndReason.BOOKING_ENDED);
	}

	@Test
	void aCancelledMovedOrMissingBookingIsAChange() {
		assertThat(reason(booking(BookingStatus.CANCELLED, 3), START.plusSeconds(60)))
			.contains(EndReason.BOOKING_CHANGED);
		assertThat(reason(booking(BookingStatus.NO_SHOW, 3), START.plusSeconds(60)))
			.contains(EndReason.BOOKING_CHANGED);
		assertThat(reason(booking(BookingStatus.ACTIVE, 4), START.plusSeconds(60))).as("moved to machine 4")
			.contains(EndReason.BOOKING_CHANGED);
		assertThat(TunnelSweep.reasonToClose(Optional.empty(), GRANT, START)).contains(EndReason.BOOKING_CHANGED);
	}

	private static Optional<EndReason> reason(LabBooking booking, Instant now) {
		return TunnelSweep.reasonToClose(Optional.of(booking), GRANT, now);
	}

	private static LabBooking booking(BookingStatus status, long machineId) {
		return new LabBooking(11, 7, machineId, "PLC-101", "traffic-light-sequence", START,
				START.plus(Duration.ofHours(2)), status);
	}

}
