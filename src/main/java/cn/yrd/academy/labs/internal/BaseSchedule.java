package cn.yrd.academy.labs.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.yrd.academy.labs.BaseClosed;
import cn.yrd.academy.labs.BaseHoursChanged;
import cn.yrd.academy.labs.LabHours;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.shared.time.TimeRange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening hours and closure days of the bases, and the maintenance windows of their machines, turned
 * into UTC time ranges for booking.
 */
@Service
@Transactional(readOnly = true)
public class BaseSchedule implements LabHours {

	private static final ZoneId ZONE = ClockConfiguration.CLUSTER_ZONE;

	private final OpeningHoursRepository hours;

	private final ClosureRepository closures;

	private final MaintenanceWindowRepository maintenance;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BaseSchedule(OpeningHoursRepository hours, ClosureRepository closures, MaintenanceWindowRepository maintenance,
			ApplicationEventPublisher events, Clock clock) {
		this.hours = hours;
		this.closures = closures;
		this.maintenance = maintenance;
		this.events = events;
		this.clock = clock;
	}

	/** A closure day as the lab admin sees it. */
	public record ClosureView(long id, LocalDate day, String reason) {
	}

	@Override
	public List<TimeRange> openTimes(long baseId, Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return List.of();
		}
		Map<DayOfWeek, List<DailyRange>> week = weeklyHours(baseId);
		// A day's hours may start before from in UTC, so look one day back.
		LocalDate first = from.atZone(ZONE).toLocalDate().minusDays(1);
		LocalDate last = to.atZone(ZONE).toLocalDate();
		Set<LocalDate> closed = closures.findByBaseIdAndDayBetween(baseId, first, last)
			.stream()
			.map(Closure::getDay)
			.collect(Collectors.toSet());
		TimeRange window = new TimeRange(from, to);
		List<TimeRange> open = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			if (closed.contains(day)) {
				continue;
			}
			for (DailyRange range : week.getOrDefault(day.getDayOfWeek(), List.of())) {
				Instant start = ZonedDateTime.of(day, range.opens(), ZONE).toInstant();
				Instant end = ZonedDateTime.of(day, range.closes(), ZONE).toInstant();
				if (end.isAfter(start) && new TimeRange(start, end).overlaps(window)) {
					open.add(new TimeRange(start.isBefore(from) ? from : start, end.isAfter(to) ? to : end));
				}
			}
		}
		open.sort(Comparator.comparing(TimeRange::start));
		return merged(open);
	}

	/** Ranges that touch (08:00–12:00 and 12:00–18:00) are one open time: a slot may run across the join. */
	private static List<TimeRange> merged(List<TimeRange> sorted) {
		List<TimeRange> merged = new ArrayList<>();
		for (TimeRange range : sorted) {
			TimeRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && !range.start().isAfter(last.end())) {
				merged.set(merged.size() - 1, new TimeRange(last.start(),
						range.end().isAfter(last.end()) ? range.end() : last.end()));
			}
			else {
				merged.add(range);
			}
		}
		return List.copyOf(merged);
	}

	@Override
	public Map<Long, List<TimeRange>> maintenance(Collection<Long> machineIds, Instant from, Instant to) {
		if (machineIds.isEmpty() || !to.isAfter(from)) {
			return Map.of();
		}
		return maintenance.overlapping(machineIds, from, to)
			.stream()
			.collect(Collectors.groupingBy(MaintenanceWindow::getMachineId, LinkedHashMap::new,
					Collectors.mapping(MaintenanceWindow::range, Collectors.toUnmodifiableList())));
	}

	/** Every weekday of the base, Monday first, with its ranges in order (empty when closed). */
	public Map<DayOfWeek, List<DailyRange>> weeklyHours(long baseId) {
		Map<DayOfWeek, List<DailyRange>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			week.put(day, new ArrayList<>());
		}
		for (OpeningHours row : hours.findByBaseId(baseId)) {
			week.get(row.day()).add(row.range());
		}
		week.values().forEach(ranges -> ranges.sort(null));
		return week;
	}

	public boolean hasHours(long baseId) {
		return hours.existsByBaseId(baseId);
	}

	/**
	 * Replaces the base's weekly hours. Bookings already made are not touched: hours apply to new bookings;
	 * to take booked time away, lab admins add a maintenance window.
	 */
	@Transactional
	public void replaceWeeklyHours(long baseId, Map<DayOfWeek, List<DailyRange>> week) {
		week.forEach((day, ranges) -> {
			List<DailyRange> sorted = ranges.stream().sorted().toList();
			for (int i = 1; i < sorted.size(); i++) {
				if (sorted.get(i - 1).overlaps(sorted.get(i))) {
					throw new FieldRejected(day.name().toLowerCase(), "labs.hours.overlap",
							HoursText.format(sorted.subList(i - 1, i + 1)));
				}
			}
		});
		hours.deleteByBase(baseId);
		week.forEach((day, ranges) -> ranges.forEach(range -> hours.save(new OpeningHours(baseId, day, range))));
		hours.flush();
		events.publishEvent(new BaseHoursChanged(baseId, "labs.withdrawn.hours"));
	}

	public List<ClosureView> closures(long baseId) {
		return closures.findByBaseIdOrderByDay(baseId)
			.stream()
			.map(closure -> new ClosureView(closure.getId(), closure.getDay(), closure.getReason()))
			.toList();
	}

	public List<ClosureView> upcomingClosures(long baseId) {
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		return closures(baseId).stream().filter(closure -> !closure.day().isBefore(today)).toList();
	}

	/** Closes the base for a day and announces it in this transaction, for whoever holds bookings then. */
	@Transactional
	public ClosureView addClosure(long baseId, LocalDate day, String reason) {
		if (day.isBefore(LocalDate.now(clock.withZone(ZONE)))) {
			throw new FieldRejected("day", "labs.closure.past");
		}
		if (closures.findByBaseIdAndDay(baseId, day).isPresent()) {
			throw new FieldRejected("day", "labs.closure.exists");
		}
		Closure closure = closures.saveAndFlush(new Closure(baseId, day, reason));
		TimeRange wholeDay = new TimeRange(day.atStartOfDay(ZONE).toInstant(),
				day.plusDays(1).atStartOfDay(ZONE).toInstant());
		events.publishEvent(new BaseClosed(baseId, wholeDay, "labs.withdrawn.closure", reason));
		return new ClosureView(closure.getId(), day, reason);
	}

	/** Removes a closure day of the base; one of another base is not found. */
	@Transactional
	public boolean removeClosure(long baseId, long closureId) {
		return closures.findById(closureId).filter(closure -> closure.getBaseId() == baseId).map(closure -> {
			closures.delete(closure);
			return true;
		}).orElse(false);
	}

}
