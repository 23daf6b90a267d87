package cn.yrd.academy.remote.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.yrd.academy.booking.LabBooking;
import cn.yrd.academy.booking.LabBookings;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.UserDirectory;
import cn.yrd.academy.identity.UserSummary;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.LabMachines;
import org.springframework.stereotype.Service;

/**
 * Remote sessions as staff see them: the live ones they may watch (and, for lab admins, end), recent ones with
 * their recordings; and what the student's page shows of it, who is watching and why a session was ended.
 * Observing and ending work on the sessions of this node, where their tunnels run.
 */
@Service
public class LiveSessions {

	/** How far back the staff page lists ended sessions. */
	private static final Duration RECENT = Duration.ofDays(14);

	/** How long a lab admin's note for ending a session may be (as the column). */
	public static final int MAX_NOTE = 200;

	private final RemoteSessionRepository sessions;

	private final RemoteSessions lifecycle;

	private final LiveTunnels tunnels;

	private final SessionAccess access;

	private final ConnectTokens tokens;

	private final LabBookings bookings;

	private final LabMachines machines;

	private final UserDirectory users;

	private final Clock clock;

	LiveSessions(RemoteSessionRepository sessions, RemoteSessions lifecycle, LiveTunnels tunnels,
			SessionAccess access, ConnectTokens tokens, LabBookings bookings, LabMachines machines,
			UserDirectory users, Clock clock) {
		this.sessions = sessions;
		this.lifecycle = lifecycle;
		this.tunnels = tunnels;
		this.access = access;
		this.tokens = tokens;
		this.bookings = bookings;
		this.machines = machines;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * A session as listed to staff.
	 *
	 * @param observers display names of who watches it now
	 */
	public record Row(long id, long bookingId, String student, String courseCode, String labSlug, String machine,
			Instant startedAt, Instant endedAt, String endReason, List<String> observers, boolean mayEnd,
			boolean hasRecording) {

		/** The message of why it ended ({@code remote.ended.<code>}), or {@code null} while live. */
		public String endReasonKey() {
			return endReason == null ? null : "remote.ended." + endReason;
		}

	}

	/** Live sessions ({@code active}) or those of the last two weeks the user may watch or replay. */
	public List<Row> visibleTo(AcademyUser user, boolean active) {
		List<RemoteSession> found = active ? sessions.findByEndedAtIsNullAndConnectionIdIsNotNullOrderByStartedAt()
				: sessions.findTop200ByEndedAtIsNotNullAndStartedAtAfterOrderByStartedAtDesc(
						clock.instant().minus(RECENT));
		List<RemoteSession> visible = found.stream().filter(session -> access.mayObserve(user, session))
			.filter(session -> !active || tunnels.session(session.getId()).isPresent()).toList();
		Set<Long> userIds = new HashSet<>();
		visible.forEach(session -> {
			userIds.add(session.getUserId());
			userIds.addAll(tunnels.observersOfBooking(session.getBookingId()));
		});
		Map<Long, UserSummary> names = users.summaries(userIds);
		return visible.stream().map(session -> row(user, session, names)).toList();
	}

	private Row row(AcademyUser user, RemoteSession session, Map<Long, UserSummary> names) {
		Optional<LabBooking> booking = bookings.find(session.getBookingId());
		List<String> observers = session.isLive() ? tunnels.observersOfBooking(session.getBookingId()).stream()
			.map(id -> name(names.get(id))).toList() : List.of();
		return new Row(session.getId(), session.getBookingId(), name(names.get(session.getUserId())),
				booking.map(LabBooking::courseCode).orElse(""), booking.map(LabBooking::labSlug).orElse(""),
				machines.find(session.getMachineId()).map(LabMachine::name).orElse(""), session.getStartedAt(),
				session.getEndedAt(), session.getEndReason(), observers, session.isLive() && access.mayEnd(user, session),
				session.hasRecording());
	}

	/** A read-only token for a live session the user may watch; refused otherwise. */
	public ConnectTokens.Issued observeToken(AcademyUser user, long sessionId, String httpSessionId) {
		RemoteSession session = existing(sessionId);
		if (!access.mayObserve(user, session)) {
			throw new RemoteRefused(RemoteRefusal.NOT_ALLOWED);
		}
		requireLive(session);
		return tokens.issueObserve(user.id(), session, httpSessionId);
	}

	/** A lab admin (or cluster admin) ends a live session; the student's page shows the note. */
	public void end(AcademyUser user, long sessionId, String note) {
		RemoteSession session = existing(sessionId);
		if (!access.mayEnd(user, session)) {
			throw new RemoteRefused(RemoteRefusal.NOT_ALLOWED);
		}
		requireLive(session);
		String trimmed = note == null || note.isBlank() ? null : note.strip();
		if (trimmed != null && trimmed.length() > MAX_NOTE) {
			trimmed = trimmed.substring(0, MAX_NOTE);
		}
		if (lifecycle.endBy(sessionId, user.id(), trimmed)) {
			tunnels.session(sessionId).ifPresent(tunnel -> tunnel.close(EndReason.KILLED));
		}
	}

	/** Who is watching the booking's live session, by display name, for the student's page. */
	public List<String> observersOfBooking(long bookingId) {
		List<Long> ids = tunnels.observersOfBooking(bookingId);
		Map<Long, UserSummary> names = users.summaries(ids);
		return ids.stream().map(id -> name(names.get(id))).toList();
	}

	/** The lab admin's note of the booking's latest session, if a lab admin ended it. */
	public Optional<String> endNote(long bookingId) {
		List<RemoteSession> all = sessions.findByBookingIdOrderByStartedAt(bookingId);
		return all.isEmpty() ? Optional.empty() : Optional.ofNullable(all.get(all.size() - 1).getEndNote());
	}

	private RemoteSession existing(long sessionId) {
		return sessions.findById(sessionId).orElseThrow(() -> new RemoteRefused(RemoteRefusal.SESSION_NOT_FOUND));
	}

	/** Asked after the caller's rights, so a stranger learns nothing about whether a session is live. */
	private void requireLive(RemoteSession session) {
		if (!session.isLive() || tunnels.session(session.getId()).isEmpty()) {
			throw new RemoteRefused(RemoteRefusal.SESSION_NOT_LIVE);
		}
	}

	private static String name(UserSummary user) {
		return user == null ? "" : user.displayName();
	}

}
