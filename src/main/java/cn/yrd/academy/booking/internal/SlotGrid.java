package cn.yrd.academy.booking.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.shared.time.TimeRange;

/**
 * The half-hour grid every slot starts on. A booking holds every half-hour cell it touches; the database keeps
 * each cell of a machine, and of a student, to one booking.
 */
public final class SlotGrid {

	public static final Duration CELL = Duration.ofMinutes(30);

	private SlotGrid() {
	}

	/** The exercise's duration rounded up to whole cells. */
	public static Duration slotLength(int minutes) {
		long cells = Math.max(1, (minutes + CELL.toMinutes() - 1) / CELL.toMinutes());
		return CELL.multipliedBy(cells);
	}

	public static boolean isOnGrid(Instant instant) {
		return instant.getEpochSecond() % CELL.toSeconds() == 0 && instant.getNano() == 0;
	}

	public static Instant floor(Instant instant) {
		long seconds = instant.getEpochSecond();
		return Instant.ofEpochSecond(seconds - Math.floorMod(seconds, CELL.toSeconds()));
	}

	public static Instant ceil(Instant instant) {
		Instant floor = floor(instant);
		return floor.equals(instant.truncatedTo(ChronoUnit.SECONDS)) && instant.getNano() == 0 ? floor
				: floor.plus(CELL);
	}

	/** The cells a range touches, in order. */
	public static List<Instant> cells(TimeRange range) {
		List<Instant> cells = new ArrayList<>();
		for (Instant cell = floor(range.start()); cell.isBefore(range.end()); cell = cell.plus(CELL)) {
			cells.add(cell);
		}
		return cells;
	}

	/** Monday of the week (Asia/Shanghai) the instant falls in; weekly hours and quotas count per such week. */
	public static LocalDate weekOf(Instant instant) {
		return instant.atZone(ClockConfiguration.CLUSTER_ZONE).toLocalDate()
			.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
	}

	public static TimeRange week(LocalDate monday) {
		ZonedDateTime start = monday.atStartOfDay(ClockConfiguration.CLUSTER_ZONE);
		return new TimeRange(start.toInstant(), start.plusWeeks(1).toInstant());
	}

}
