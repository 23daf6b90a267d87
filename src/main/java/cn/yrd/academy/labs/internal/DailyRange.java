package cn.yrd.academy.labs.internal;

import java.time.LocalTime;

/**
 * Opening hours within one day, {@code [opens, closes)} in the cluster's zone.
 */
public record DailyRange(LocalTime opens, LocalTime closes) implements Comparable<DailyRange> {

	public DailyRange {
		if (!closes.isAfter(opens)) {
			throw new IllegalArgumentException("closes must be after opens");
		}
	}

	public boolean overlaps(DailyRange other) {
		return opens.isBefore(other.closes) && other.opens.isBefore(closes);
	}

	@Override
	public int compareTo(DailyRange other) {
		return opens.compareTo(other.opens);
	}

	@Override
	public String toString() {
		return opens + "-" + closes;
	}

}
