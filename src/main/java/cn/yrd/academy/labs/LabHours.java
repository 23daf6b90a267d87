package cn.yrd.academy.labs;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import cn.yrd.academy.shared.time.TimeRange;

/**
 * When the machines of a base may be used: the base's weekly opening hours (Asia/Shanghai) without its
 * closure days, and each machine's maintenance windows.
 */
public interface LabHours {

	/** The base's open times overlapping {@code [from, to)}, in order, clipped to it; closure days left out. */
	List<TimeRange> openTimes(long baseId, Instant from, Instant to);

	/** Maintenance windows overlapping {@code [from, to)}, by machine id; machines without any are absent. */
	Map<Long, List<TimeRange>> maintenance(Collection<Long> machineIds, Instant from, Instant to);

}
