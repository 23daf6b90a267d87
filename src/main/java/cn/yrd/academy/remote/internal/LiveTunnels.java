package cn.yrd.academy.remote.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.yrd.academy.booking.BookingChanged;
import cn.yrd.academy.booking.BookingEnded;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The open tunnels of this node: one student tunnel per booking, and the observers watching each. A booking
 * opened in a second window takes the machine over: the newer window is the one the student looks at, and a
 * forgotten tab or a dropped laptop must not lock them out; the older window is closed with
 * {@link EndReason#REPLACED} and says so. When a booking ends, is cancelled or moves to another machine, its
 * tunnel is closed here, after the change committed; when a student's tunnel ends, its observers are closed too.
 */
@Component
class LiveTunnels implements LiveTunnel.Listener {

	private final Map<Long, LiveTunnel> byBooking = new ConcurrentHashMap<>();

	/** Observer tunnels by the id of the session they watch. */
	private final Map<Long, Set<LiveTunnel>> observers = new ConcurrentHashMap<>();

	private final LiveTunnel.Listener observerListener = new ObserverListener();

	private final RemoteSessions sessions;

	LiveTunnels(RemoteSessions sessions) {
		this.sessions = sessions;
	}

	/** Makes the tunnel its booking's one; an older tunnel of the booking is closed. */
	void add(LiveTunnel tunnel) {
		LiveTunnel older = byBooking.put(bookingOf(tunnel), tunnel);
		if (older != null && older != tunnel) {
			older.close(EndReason.REPLACED);
		}
	}

	/** The listener an observer's tunnel reports to. */
	LiveTunnel.Listener observerListener() {
		return observerListener;
	}

	/** Keeps an observer's tunnel with the session it watches, unless that session has ended meanwhile. */
	boolean addObserver(LiveTunnel observer) {
		long sessionId = ((ObserveGrant) observer.grant()).sessionId();
		observers.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(observer);
		if (session(sessionId).isEmpty()) {
			observer.close(EndReason.SESSION_ENDED);
			return false;
		}
		return true;
	}

	/** Closes the booking's tunnel, if this node has one. */
	void close(long bookingId, EndReason reason) {
		LiveTunnel tunnel = byBooking.get(bookingId);
		if (tunnel != null) {
			tunnel.close(reason);
		}
	}

	/** The students' open tunnels on this node. */
	List<LiveTunnel> students() {
		return byBooking.values().stream().filter(tunnel -> !tunnel.isEnded()).toList();
	}

	boolean isOpen(long bookingId) {
		return byBooking.containsKey(bookingId);
	}

	/** The student's live tunnel of the session, if it runs on this node. */
	Optional<LiveTunnel> session(long sessionId) {
		return byBooking.values().stream().filter(tunnel -> tunnel.sessionId() == sessionId && !tunnel.isEnded())
			.findFirst();
	}

	/** The users watching the booking's live session on this node. */
	List<Long> observersOfBooking(long bookingId) {
		LiveTunnel tunnel = byBooking.get(bookingId);
		if (tunnel == null) {
			return List.of();
		}
		return observers.getOrDefault(tunnel.sessionId(), Set.of()).stream().filter(observer -> !observer.isEnded())
			.map(observer -> observer.grant().userId()).distinct().toList();
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
		sessions.firstFrame((ConnectGrant) tunnel.grant());
	}

	@Override
	public void ended(LiveTunnel tunnel, EndReason reason) {
		byBooking.remove(bookingOf(tunnel), tunnel);
		sessions.ended(tunnel.sessionId(), reason, tunnel.toMachine(), tunnel.toBrowser());
		Set<LiveTunnel> watching = observers.remove(tunnel.sessionId());
		if (watching != null) {
			watching.forEach(observer -> observer.close(EndReason.SESSION_ENDED));
		}
	}

	/** Students see that the server restarts, and their sessions are recorded as ended. */
	@PreDestroy
	void closeAll() {
		List.copyOf(byBooking.values()).forEach(tunnel -> tunnel.close(EndReason.SERVER_STOPPING));
	}

	private static long bookingOf(LiveTunnel tunnel) {
		return ((ConnectGrant) tunnel.grant()).bookingId();
	}

	/** An observer's tunnel: no attendance, and its leaving is audited, not recorded as a session's end. */
	private final class ObserverListener implements LiveTunnel.Listener {

		@Override
		public void firstFrame(LiveTunnel tunnel) {
		}

		@Override
		public void ended(LiveTunnel tunnel, EndReason reason) {
			ObserveGrant grant = (ObserveGrant) tunnel.grant();
			Set<LiveTunnel> watching = observers.get(grant.sessionId());
			if (watching != null) {
				watching.remove(tunnel);
			}
			sessions.observerLeft(grant, reason);
		}

	}

}
