package cn.yrd.academy.remote.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.yrd.academy.booking.BookingChanged;
import cn.yrd.academy.booking.BookingEnded;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The open tunnels of this node, one per booking. A booking opened in a second window takes the machine over:
 * the newer window is the one the student looks at, and a forgotten tab or a dropped laptop must not lock them
 * out; the older window is closed with {@link EndReason#REPLACED} and says so. When a booking ends, is
 * cancelled or moves to another machine, its tunnel is closed here, after the change committed.
 */
@Component
class LiveTunnels implements LiveTunnel.Listener {

	private final Map<Long, LiveTunnel> byBooking = new ConcurrentHashMap<>();

	private final RemoteSessions sessions;

	LiveTunnels(RemoteSessions sessions) {
		this.sessions = sessions;
	}

	/** Makes the tunnel its booking's one; an older tunnel of the booking is closed. */
	void add(LiveTunnel tunnel) {
		LiveTunnel older = byBooking.put(tunnel.grant().bookingId(), tunnel);
		if (older != null && older != tunnel) {
			older.close(EndReason.REPLACED);
		}
	}

	/** Closes the booking's tunnel, if this node has one. */
	void close(long bookingId, EndReason reason) {
		LiveTunnel tunnel = byBooking.get(bookingId);
		if (tunnel != null) {
			tunnel.close(reason);
		}
	}

	boolean isOpen(long bookingId) {
		return byBooking.containsKey(bookingId);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(BookingEnded ended) {
		close(ended.bookingId(), EndReason.BOOKING_ENDED);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(BookingChanged changed) {
		if (changed.change() == BookingChanged.Change.CANCELLED || changed.change() == BookingChanged.Change.MOVED) {
			close(changed.bookingId(), EndReason.BOOKING_CHANGED);
		}
	}

	@Override
	public void firstFrame(LiveTunnel tunnel) {
		sessions.firstFrame(tunnel.grant());
	}

	@Override
	public void ended(LiveTunnel tunnel, EndReason reason) {
		byBooking.remove(tunnel.grant().bookingId(), tunnel);
		sessions.ended(tunnel.sessionId(), reason, tunnel.toMachine(), tunnel.toBrowser());
	}

	/** Students see that the server restarts, and their sessions are recorded as ended. */
	@PreDestroy
	void closeAll() {
		List.copyOf(byBooking.values()).forEach(tunnel -> tunnel.close(EndReason.SERVER_STOPPING));
	}

}
