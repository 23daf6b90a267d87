package cn.yrd.academy.remote.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import cn.yrd.academy.booking.LabBooking;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time keys to a booking's machine. Only a SHA-256 hash is stored, so the table opens nothing; a token is
 * bound to its user, booking, machine and HTTP session, and is spent by its first presentation, right or wrong
 * session alike, so a leaked token cannot be tried twice. An observe token follows the same rules and names the
 * live session its holder may watch; who may watch is decided before it is issued ({@link SessionAccess}).
 */
@Service
public class ConnectTokens {

	private static final Duration KEEP_SPENT = Duration.ofDays(1);

	private final JdbcTemplate jdbc;

	private final Admission admission;

	private final RemoteProperties properties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ConnectTokens(JdbcTemplate jdbc, Admission admission, RemoteProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.admission = admission;
		this.properties = properties;
		this.clock = clock;
	}

	public record Issued(String token, Instant expiresAt) {
	}

	/** A token for the user's booking, if they may connect now; otherwise a {@link RemoteRefused}. */
	@Transactional
	public Issued issue(long userId, long bookingId, String httpSessionId) {
		Instant now = clock.instant();
		LabBooking booking = admission.admit(bookingId, userId, now);
		return store("CONNECT", userId, bookingId, booking.machineId(), null, httpSessionId, now);
	}

	/** A read-only token for a live session; the caller has checked that the user may watch it. */
	@Transactional
	public Issued issueObserve(long userId, RemoteSession session, String httpSessionId) {
		return store("OBSERVE", userId, session.getBookingId(), session.getMachineId(), session.getId(),
				httpSessionId, clock.instant());
	}

	private Issued store(String kind, long userId, long bookingId, long machineId, Long sessionId,
			String httpSessionId, Instant now) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expiresAt = now.plus(properties.tokenValidity());
		jdbc.update("""
				INSERT INTO remote_connect_tokens (token_hash, user_id, booking_id, machine_id, session_hash,
				  created_at, expires_at, kind, remote_session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				hash(token), userId, bookingId, machineId, hash(httpSessionId), sql(now), sql(expiresAt), kind,
				sessionId);
		jdbc.update("DELETE FROM remote_connect_tokens WHERE expires_at < ?", sql(now.minus(KEEP_SPENT)));
		return new Issued(token, expiresAt);
	}

	/**
	 * Spends the token: what it grants if it was unused, unexpired and issued to this HTTP session. The UPDATE
	 * is the atomic step: of two presentations only one changes the row.
	 */
	@Transactional
	public Optional<TunnelGrant> consume(String token, String httpSessionId) {
		if (token == null || token.isEmpty() || token.length() > 100 || httpSessionId == null) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		String tokenHash = hash(token);
		int spent = jdbc.update("""
				UPDATE remote_connect_tokens SET used_at = ?
				WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?""", sql(now), tokenHash,
				sql(now));
		if (spent != 1) {
			return Optional.empty();
		}
		List<TunnelGrant> grants = jdbc.query("""
				SELECT user_id, booking_id, machine_id, kind, remote_session_id FROM remote_connect_tokens
				WHERE token_hash = ? AND session_hash = ?""",
				(rs, row) -> "OBSERVE".equals(rs.getString(4)) ? new ObserveGrant(rs.getLong(1), rs.getLong(5))
						: new ConnectGrant(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
				tokenHash, hash(httpSessionId));
		return grants.stream().findFirst();
	}

	static String hash(String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** Stored as UTC wall time, as the rest of the schema (whatever the JVM's own zone). */
	static Timestamp sql(Instant instant) {
		return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

}
