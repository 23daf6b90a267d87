package cn.yrd.academy.shared.time;

import java.time.Duration;
import java.time.Instant;

/**
 * A half-open span of time {@code [start, end)}.
 */
public record TimeRange(Instant start, Instant end) {

	public TimeRange {
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("A time range must end after it starts: " + start + " – " + end);
		}
	}

	public boolean overlaps(TimeRange other) {
		return start.isBefore(other.end) && other.start.isBefore(end);
	}

	public boolean contains(TimeRange other) {
		return !other.start.isBefore(start) && !other.end.isAfter(end);
	}

	public boolean contains(Instant instant) {
		return !instant.isBefore(start) && instant.isBefore(end);
	}

	public Duration duration() {
		return Duration.between(start, end);
	}

}
