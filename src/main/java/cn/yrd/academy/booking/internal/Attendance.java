package cn.yrd.academy.booking.internal;

import java.time.Instant;

import cn.yrd.academy.booking.BookingAttendance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a booking's first connection. The no-show check locks the booking row too, so a connection and the
 * check never cross: whichever comes first decides.
 */
@Service
class Attendance implements BookingAttendance {

	private final JdbcTemplate jdbc;

	Attendance(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void attended(long bookingId, Instant at) {
		jdbc.update("UPDATE bookings SET attended_at = ? WHERE id = ? AND attended_at IS NULL", Cells.sql(at),
				bookingId);
	}

}
