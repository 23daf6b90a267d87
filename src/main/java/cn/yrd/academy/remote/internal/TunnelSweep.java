package cn.yrd.academy.remote.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.booking.LabBooking;
import cn.yrd.academy.booking.LabBookings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every node checks its own student tunnels against their bookings every {@link #PERIOD}. A booking's end,
 * cancellation or move is an event on the node that made the change (or whose scheduler ran the end step), so
 * with several nodes a tunnel held by another node would stay open; this closes it one period later at the
 * latest. On one node it is a second safety net behind the events.
 */
@Component
class TunnelSweep {

	static final Duration PERIOD = Duration.ofSeconds(15);

	private static final Logger log = LoggerFactory.getLogger(TunnelSweep.class);

	private final LiveTunnels tunnels;

	private final LabBookings bookings;

	private final Clock clock;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "remote-tunnel-sweep");
		thread.setDaemon(true);
		return thread;
	});

	TunnelSweep(LiveTunnels tunnels, LabBookings bookings, Clock clock) {
		this.tunnels = tunnels;
		this.bookings = bookings;
		this.clock = clock;
	}

	@PostConstruct
	void start() {
		timer.scheduleWithFixedDelay(this::sweepSafely, PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
	}

	@PreDestroy
	void stop() {
		timer.shutdownNow();
	}

	/** Closes every tunnel of this node whose booking no longer holds its machine now. */
	int sweep() {
		Instant now = clock.instant();
		int closed = 0;
		for (LiveTunnel tunnel : tunnels.students()) {
			ConnectGrant grant = (ConnectGrant) tunnel.grant();
			Optional<EndReason> reason = reasonToClose(bookings.find(grant.bookingId()), grant, now);
			if (reason.isPresent()) {
				tunnel.close(reason.get());
				closed++;
			}
		}
		return closed;
	}

	static Optional<EndReason> reasonToClose(Optional<LabBooking> found, ConnectGrant grant, Instant now) {
		if (found.isEmpty()) {
			return Optional.of(EndReason.BOOKING_CHANGED);
		}
		LabBooking booking = found.get();
		if (booking.status() == BookingStatus.CANCELLED || booking.status() == BookingStatus.NO_SHOW
				|| booking.machineId() != grant.machineId()) {
			return Optional.of(EndReason.BOOKING_CHANGED);
		}
		return booking.holdsMachineAt(now) ? Optional.empty() : Optional.of(EndReason.BOOKING_ENDED);
	}

	private void sweepSafely() {
		try {
			int closed = sweep();
			if (closed > 0) {
				log.info("Tunnel sweep closed {} tunnels whose bookings no longer hold their machines", closed);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Tunnel sweep failed; next try in {}", PERIOD, ex);
		}
	}

}
