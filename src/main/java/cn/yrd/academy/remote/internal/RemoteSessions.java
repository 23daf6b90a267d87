package cn.yrd.academy.remote.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import cn.yrd.academy.booking.BookingAttendance;
import cn.yrd.academy.identity.AuditEventType;
import cn.yrd.academy.identity.AuditLog;
import cn.yrd.academy.identity.UserDirectory;
import cn.yrd.academy.identity.UserSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of remote sessions: started, first frame seen (the booking is attended), ended; each in the audit
 * log. Called from the tunnel's threads, each call its own transaction.
 */
@Service
public class RemoteSessions {

	private static final Logger log = LoggerFactory.getLogger(RemoteSessions.class);

	private final RemoteSessionRepository sessions;

	private final BookingAttendance attendance;

	private final AuditLog audit;

	private final UserDirectory users;

	private final Clock clock;

	RemoteSessions(RemoteSessionRepository sessions, BookingAttendance attendance, AuditLog audit,
			UserDirectory users, Clock clock) {
		this.sessions = sessions;
		this.attendance = attendance;
		this.audit = audit;
		this.users = users;
		this.clock = clock;
	}

	public Optional<RemoteSession> find(long sessionId) {
		return sessions.findById(sessionId);
	}

	/** A session about to connect through guacd; its id names the recording. */
	@Transactional
	public RemoteSession open(ConnectGrant grant) {
		return sessions.save(new RemoteSession(grant, clock.instant()));
	}

	/** guacd connected the session (it is live now); recorded to the path, if any. */
	@Transactional
	public void started(long sessionId, ConnectGrant grant, String connectionId, String recordingPath) {
		RemoteSession session = sessions.findById(sessionId).orElseThrow();
		session.connected(connectionId, recordingPath);
		log.info("Remote session {} started: booking {}, machine {}, guacd connection {}, recording {}",
				sessionId, grant.bookingId(), grant.machineId(), connectionId, recordingPath);
		audit.record(AuditEventType.REMOTE_SESSION_STARTED, username(grant.userId()), subject(grant),
				"session=" + sessionId);
	}

	/** The session never connected: nothing of it is kept (the failure is logged and audited instead). */
	@Transactional
	public void discard(long sessionId) {
		sessions.deleteById(sessionId);
	}

	/** A staff member starts watching a live session. */
	public void observerJoined(ObserveGrant grant, RemoteSession session) {
		log.info("User {} watches remote session {} read-only", grant.userId(), grant.sessionId());
		audit.record(AuditEventType.REMOTE_SESSION_JOINED, username(grant.userId()),
				"booking#" + session.getBookingId(), "session=" + grant.sessionId() + " read-only");
	}

	public void observerLeft(ObserveGrant grant, EndReason reason) {
		audit.record(AuditEventType.REMOTE_SESSION_LEFT, username(grant.userId()), null,
				"session=" + grant.sessionId() + " reason=" + reason.code());
	}

	/**
	 * Notes that a lab admin ends the session, and why; the tunnel's close then records the end itself.
	 * {@code false} if the session has already ended or is being ended.
	 */
	@Transactional
	public boolean endBy(long sessionId, long adminId, String note) {
		RemoteSession session = sessions.findById(sessionId).orElseThrow();
		if (!session.endBy(adminId, note)) {
			return false;
		}
		log.info("Remote session {} of booking {} ended by user {}", sessionId, session.getBookingId(), adminId);
		audit.record(AuditEventType.REMOTE_SESSION_KILLED, username(adminId), "booking#" + session.getBookingId(),
				"session=" + sessionId + (note == null ? "" : " note=" + note));
		return true;
	}

	/**
	 * The machine's first frame reached the browser: only now has the student really connected, so a machine
	 * that never answered leaves the booking a possible no-show.
	 */
	public void firstFrame(ConnectGrant grant) {
		attendance.attended(grant.bookingId(), clock.instant());
	}

	@Transactional
	public void ended(long sessionId, EndReason reason, long toMachine, long toBrowser) {
		RemoteSession session = sessions.findById(sessionId).orElseThrow();
		if (session.end(reason, toMachine, toBrowser, clock.instant())) {
			log.info("Remote session {} of booking {} ended: {}", sessionId, session.getBookingId(), reason.code());
			audit.record(AuditEventType.REMOTE_SESSION_ENDED, username(session.getUserId()),
					"booking#" + session.getBookingId(), "session=" + sessionId + " reason=" + reason.code());
		}
	}

	/** A tunnel that never reached the machine: no session, but the lab admins can see the failure. */
	public void failed(ConnectGrant grant, EndReason reason, String cause) {
		log.warn("Remote session for booking {} on machine {} failed: {} ({})", grant.bookingId(),
				grant.machineId(), reason.code(), cause);
		audit.record(AuditEventType.REMOTE_SESSION_FAILED, username(grant.userId()), subject(grant),
				"reason=" + reason.code());
	}

	private static String subject(ConnectGrant grant) {
		return "booking#" + grant.bookingId();
	}

	private String username(long userId) {
		return users.summaries(List.of(userId)).values().stream().map(UserSummary::username).findFirst()
			.orElse(null);
	}

}
