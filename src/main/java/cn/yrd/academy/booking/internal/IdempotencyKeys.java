package cn.yrd.academy.booking.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Remembers which booking a request with an {@code Idempotency-Key} made, so a retry gets the same booking.
 * The key is remembered in the booking's own transaction: either both exist or neither.
 */
@Repository
class IdempotencyKeys {

	/** Another request with the same key won the race; its booking is the answer. */
	static class AlreadyUsed extends RuntimeException {

		AlreadyUsed() {
			super("idempotency key already used", null, false, false);
		}

	}

	private final JdbcTemplate jdbc;

	private final BookingRepository bookings;

	IdempotencyKeys(JdbcTemplate jdbc, BookingRepository bookings) {
		this.jdbc = jdbc;
		this.bookings = bookings;
	}

	static String fingerprint(Bookings.Request request) {
		String canonical = String.join("\n", request.course(), request.lab(), String.valueOf(request.start()),
				String.valueOf(request.machineId()), String.valueOf(request.baseCode()),
				String.valueOf(request.until()));
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/**
	 * The booking an earlier request with this key made, or {@code null}.
	 * @throws BookingRefused when the key was used for a different request
	 */
	Booking earlier(long userId, String key, String fingerprint) {
		List<Object[]> rows = jdbc.query("SELECT booking_id, fingerprint FROM booking_requests WHERE user_id = ?"
				+ " AND idempotency_key = ?", (rs, row) -> new Object[] { rs.getLong(1), rs.getString(2) }, userId,
				key);
		if (rows.isEmpty()) {
			return null;
		}
		if (!rows.get(0)[1].equals(fingerprint)) {
			throw new BookingRefused(Refusal.IDEMPOTENCY_KEY_REUSED);
		}
		return bookings.findById((Long) rows.get(0)[0]).orElseThrow();
	}

	void remember(long userId, String key, String fingerprint, long bookingId, Instant now) {
		try {
			jdbc.update("INSERT INTO booking_requests (user_id, idempotency_key, fingerprint, booking_id, created_at)"
					+ " VALUES (?, ?, ?, ?, ?)", userId, key, fingerprint, bookingId, Cells.sql(now));
		}
		catch (DuplicateKeyException concurrentRetry) {
			throw new AlreadyUsed();
		}
	}

}
