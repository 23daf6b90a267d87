package cn.yrd.academy.booking.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's private calendar feed of their bookings, reached by a secret URL. Only the token's SHA-256 is
 * stored, so the URL can be shown once only; a new one replaces it, and revoking ends it.
 */
@Service
public class CalendarFeeds {

	/** How far back ended and cancelled bookings stay in the feed. */
	static final Duration HISTORY = Duration.ofDays(90);

	private static final SecureRandom RANDOM = new SecureRandom();

	/** 32 random bytes in URL-safe Base64 without padding. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final JdbcTemplate jdbc;

	private final BookingRepository bookings;

	private final CalendarFeedWriter writer;

	private final Clock clock;

	CalendarFeeds(JdbcTemplate jdbc, BookingRepository bookings, CalendarFeedWriter writer, Clock clock) {
		this.jdbc = jdbc;
		this.bookings = bookings;
		this.writer = writer;
		this.clock = clock;
	}

	/** When the user's current feed URL was made; empty when they have none. */
	@Transactional(readOnly = true)
	public Optional<Instant> createdAt(long userId) {
		List<Instant> created = jdbc.query("SELECT created_at FROM ical_feeds WHERE user_id = ?",
				(rs, row) -> Cells.instant(rs.getTimestamp(1)), userId);
		return created.stream().findFirst();
	}

	/** Makes a new feed token for the user, replacing any earlier one; the plain token is returned only here. */
	@Transactional
	public String reset(long userId) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		jdbc.update("INSERT INTO ical_feeds (user_id, token_hash, created_at) VALUES (?, ?, ?)"
				+ " ON DUPLICATE KEY UPDATE token_hash = VALUES(token_hash), created_at = VALUES(created_at)", userId,
				hash(token), Cells.sql(clock.instant()));
		return token;
	}

	/** Ends the user's feed; its URL answers 404 from now on. */
	@Transactional
	public boolean revoke(long userId) {
		return jdbc.update("DELETE FROM ical_feeds WHERE user_id = ?", userId) == 1;
	}

	/** The iCalendar text of the token's feed, or empty when no feed has this token. */
	@Transactional(readOnly = true)
	public Optional<String> render(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		List<Long> owner = jdbc.queryForList("SELECT user_id FROM ical_feeds WHERE token_hash = ?", Long.class,
				hash(token));
		return owner.stream()
			.findFirst()
			.map(userId -> writer.write(bookings.forCalendarFeed(userId, clock.instant().minus(HISTORY))));
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
