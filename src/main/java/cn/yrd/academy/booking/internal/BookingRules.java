package cn.yrd.academy.booking.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.shared.time.TimeRange;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The time rules of booking, free of the database so they can be tested with any clock.
 */
@Component
@EnableConfigurationProperties(BookingProperties.class)
public class BookingRules {

	private final BookingProperties properties;

	public BookingRules(BookingProperties properties) {
		this.properties = properties;
	}

	/**
	 * The slot asked for: from {@code start} on the grid, or from now when {@code start} is {@code null}.
	 */
	public TimeRange slot(Instant start, Duration length, Instant now) {
		if (start == null) {
			return new TimeRange(now, now.plus(length));
		}
		if (!SlotGrid.isOnGrid(start)) {
			throw new BookingRefused(Refusal.OFF_GRID);
		}
		if (start.isBefore(now)) {
			throw new BookingRefused(Refusal.IN_PAST);
		}
		if (start.isAfter(now.plus(properties.horizon()))) {
			throw new BookingRefused(Refusal.TOO_FAR_AHEAD, properties.horizon().toDays());
		}
		return new TimeRange(start, start.plus(length));
	}

	/**
	 * The rest of a slot that has started, from now until its end: what a student from the waitlist gets when
	 * the booked student did not come.
	 */
	public TimeRange rest(Instant end, Instant now) {
		if (!end.isAfter(now)) {
			throw new BookingRefused(Refusal.IN_PAST);
		}
		return new TimeRange(now, end);
	}

	/** The slot lies inside one of the base's open times. */
	public void requireOpen(List<TimeRange> openTimes, TimeRange slot) {
		if (openTimes.stream().noneMatch(open -> open.contains(slot))) {
			throw new BookingRefused(Refusal.OUTSIDE_OPENING_HOURS);
		}
	}

	/**
	 * The student may hold one more booking of this length.
	 * @param upcoming bookings the student holds that have not ended
	 * @param minutesThisWeek minutes already booked in the slot's week
	 */
	public void requireWithinLimits(long upcoming, long minutesThisWeek, Duration length) {
		if (upcoming >= properties.maxUpcoming()) {
			throw new BookingRefused(Refusal.LIMIT_REACHED, properties.maxUpcoming());
		}
		long allowed = properties.weeklyHours().toMinutes();
		if (minutesThisWeek + length.toMinutes() > allowed) {
			long left = Math.max(0, allowed - minutesThisWeek);
			throw new BookingRefused(Refusal.WEEKLY_HOURS_REACHED, properties.weeklyHours().toHours(), left / 60,
					left % 60);
		}
	}

	public void requireCancellable(Booking booking, Instant now) {
		if (now.isAfter(booking.getStartsAt().minus(properties.cancelCutoff()))) {
			throw new BookingRefused(Refusal.TOO_LATE_TO_CANCEL, properties.cancelCutoff().toMinutes());
		}
	}

	public void requireExtensible(TimeRange booked, TimeRange extra) {
		if (booked.duration().plus(extra.duration()).compareTo(properties.maxLength()) > 0) {
			throw new BookingRefused(Refusal.MAX_LENGTH_REACHED, properties.maxLength().toMinutes());
		}
	}

	public boolean isCancellable(Booking booking, Instant now) {
		return booking.getStatus() == BookingStatus.CONFIRMED
				&& !now.isAfter(booking.getStartsAt().minus(properties.cancelCutoff()));
	}

	public Duration extension() {
		return properties.extension();
	}

	public Duration maxLength() {
		return properties.maxLength();
	}

	public List<Duration> reminders() {
		return properties.reminders();
	}

	public Duration noShowAfter() {
		return properties.noShowAfter();
	}

	public Duration horizon() {
		return properties.horizon();
	}

}
