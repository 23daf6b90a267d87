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
		MOVED_FOR_MAINTENANCE, CANCELLED_FOR_MAINTENANCE, CANCELLED_FOR_CLOSURE, CANCELLED_FOR_HOURS, WAITLIST_GRANTED, BLOCK_APPROVED, BLOCK_REJECTED
	}

	/**
	 * A notice as the bookings page shows it.
	 *
	 * @param arguments of its message: the booking id, or for a class block its course, base id and first start
	 */
	public record Notice(long id, String kind, Long bookingId, Long blockId, String note, Instant createdAt,
			boolean read, List<Object> arguments) {

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
		return jdbc.query("SELECT n.id, n.kind, n.booking_id, n.block_id, n.note, n.created_at, n.read_at,"
				+ " b.course_code, b.base_id, b.starts_at FROM booking_notices n"
				+ " LEFT JOIN class_blocks b ON b.id = n.block_id"
				+ " WHERE n.user_id = ? ORDER BY n.created_at DESC, n.id DESC LIMIT 20", (rs, row) -> {
					Long blockId = rs.getObject(4, Long.class);
					List<Object> arguments = blockId == null ? List.of(rs.getLong(3))
							: List.of(rs.getString(8), rs.getLong(9), Cells.instant(rs.getTimestamp(10)));
					return new Notice(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), blockId,
							rs.getString(5), Cells.instant(rs.getTimestamp(6)), rs.getTimestamp(7) != null, arguments);
				}, userId);
	}

	@Transactional
	public int markRead(long userId) {
		return jdbc.update("UPDATE booking_notices SET read_at = ? WHERE user_id = ? AND read_at IS NULL",
				Cells.sql(clock.instant()), userId);
	}

}
