package cn.yrd.academy.booking.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to a user's bookings without them doing it: moved or cancelled for maintenance, handed over
 * from the waitlist, a class block decided. Written in the transaction of the change itself.
 */
@Repository
public class Notices {

	public enum Kind {
		MOVED_FOR_MAINTENANCE, CANCELLED_FOR_MAINTENANCE, CANCELLED_FOR_CLOSURE, WAITLIST_GRANTED, BLOCK_APPROVED, BLOCK_REJECTED
	}

	/** A notice as the bookings page shows it. */
	public record Notice(long id, String kind, Long bookingId, Long blockId, String note, Instant createdAt,
			boolean read) {

		public String messageKey() {
			return "booking.notice." + kind;
		}

	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Notices(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void tell(long userId, Kind kind, Long bookingId, String note) {
		jdbc.update("INSERT INTO booking_notices (user_id, kind, booking_id, note, created_at) VALUES (?, ?, ?, ?, ?)",
				userId, kind.name(), bookingId, note == null ? "" : note, Cells.sql(clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<Notice> recent(long userId) {
		return jdbc.query("SELECT id, kind, booking_id, block_id, note, created_at, read_at FROM booking_notices"
				+ " WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT 20", (rs, row) -> new Notice(rs.getLong(1),
						rs.getString(2), rs.getObject(3, Long.class), rs.getObject(4, Long.class), rs.getString(5),
						Cells.instant(rs.getTimestamp(6)), rs.getTimestamp(7) != null), userId);
	}

	@Transactional
	public int markRead(long userId) {
		return jdbc.update("UPDATE booking_notices SET read_at = ? WHERE user_id = ? AND read_at IS NULL",
				Cells.sql(clock.instant()), userId);
	}

}
