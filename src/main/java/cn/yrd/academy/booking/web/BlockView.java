package cn.yrd.academy.booking.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.yrd.academy.booking.internal.BlockOccupancy;
import cn.yrd.academy.booking.internal.ClassBlock;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.shared.time.TimeRange;

/**
 * A class block as its pages show it; {@code occupancy} is filled only where a lab admin decides on it.
 */
record BlockView(ClassBlock block, TrainingBaseSummary base, List<BlockOccupancy.Occurrence> occupancy) {

	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ClockConfiguration.CLUSTER_ZONE);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
		.withZone(ClockConfiguration.CLUSTER_ZONE);

	public String statusKey() {
		return "block.status." + block.getStatus().name();
	}

	public List<String> occurrenceSpans() {
		return block.occurrences().stream().map(this::span).toList();
	}

	/** "2026-12-01 10:00–12:00" in Asia/Shanghai. */
	public String span(TimeRange range) {
		return DAY_AND_TIME.format(range.start()) + "–" + TIME.format(range.end());
	}

	/** The time of day in Asia/Shanghai. */
	public String time(Instant instant) {
		return TIME.format(instant);
	}

}
