package cn.yrd.academy.booking.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import cn.yrd.academy.catalog.LabExerciseSummary;
import cn.yrd.academy.catalog.LabExercises;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.labs.LabHours;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.LabMachines;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.shared.time.TimeRange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The free slots of a lab exercise: on every active machine offering its image, inside the base's opening
 * hours, outside maintenance, on the half-hour grid, within the student's quota, and not overlapping the
 * student's own bookings. Class block seats are free only for students of the block's course.
 */
@Service
@Transactional(readOnly = true)
public class Availability {

	/** One bookable slot on one machine. */
	public record Slot(LabMachine machine, TrainingBaseSummary base, TimeRange range) {
	}

	/** Which slots to list: {@code days} days from {@code from} (Asia/Shanghai), optionally one base or province. */
	public record Filter(LocalDate from, int days, String baseCode, Province province) {
	}

	private final LabExercises labs;

	private final LabMachines machines;

	private final LabHours hours;

	private final TrainingBases bases;

	private final Cells cells;

	private final BlockSeats blockSeats;

	private final Quotas quotas;

	private final BookingRules rules;

	private final Clock clock;

	Availability(LabExercises labs, LabMachines machines, LabHours hours, TrainingBases bases, Cells cells,
			BlockSeats blockSeats, Quotas quotas, BookingRules rules, Clock clock) {
		this.labs = labs;
		this.machines = machines;
		this.hours = hours;
		this.bases = bases;
		this.cells = cells;
		this.blockSeats = blockSeats;
		this.quotas = quotas;
		this.rules = rules;
		this.clock = clock;
	}

	public Optional<LabExerciseSummary> lab(String course, String lab, AcademyUser viewer) {
		return labs.find(course, lab, viewer);
	}

	/** The bases that have machines for the exercise, whatever their state today. */
	public List<TrainingBaseSummary> basesFor(LabExerciseSummary lab) {
		Set<Long> ids = machines.activeWithImage(lab.imageCode()).stream().map(LabMachine::baseId)
			.collect(Collectors.toSet());
		return bases.all().stream().filter(base -> ids.contains(base.id())).toList();
	}

	public List<Slot> slots(LabExerciseSummary lab, AcademyUser student, Filter filter) {
		Instant now = clock.instant();
		if (filter.from().isAfter(now.plus(rules.horizon()).atZone(ClockConfiguration.CLUSTER_ZONE).toLocalDate())) {
			return List.of();
		}
		Instant from = filter.from().atStartOfDay(ClockConfiguration.CLUSTER_ZONE).toInstant();
		Instant to = filter.from().plusDays(Math.max(1, filter.days())).atStartOfDay(ClockConfiguration.CLUSTER_ZONE)
			.toInstant();
		Instant earliest = SlotGrid.ceil(now);
		Instant latest = now.plus(rules.horizon());
		if (from.isBefore(earliest)) {
			from = earliest;
		}
		if (to.isAfter(latest)) {
			to = latest;
		}
		if (!to.isAfter(from)) {
			return List.of();
		}
		TimeRange window = new TimeRange(from, to);
		Duration length = SlotGrid.slotLength(lab.minutes());
		Set<Instant> ownCells = cells.studentCells(student.id(), window);
		Map<Long, List<LabMachine>> byBase = machines.activeWithImage(lab.imageCode()).stream()
			.collect(Collectors.groupingBy(LabMachine::baseId));
		List<Slot> slots = new ArrayList<>();
		for (TrainingBaseSummary base : bases.all()) {
			List<LabMachine> baseMachines = byBase.get(base.id());
			if (baseMachines == null || !matches(base, filter)) {
				continue;
			}
			slots.addAll(slotsAtBase(lab, student, base, baseMachines, window, length, ownCells));
		}
		slots.sort(Comparator.comparing((Slot slot) -> slot.range().start()).thenComparing(slot -> slot.base().code())
			.thenComparing(slot -> slot.machine().name()));
		return slots;
	}

	private List<Slot> slotsAtBase(LabExerciseSummary lab, AcademyUser student, TrainingBaseSummary base,
			List<LabMachine> baseMachines, TimeRange window, Duration length, Set<Instant> ownCells) {
		List<Long> ids = baseMachines.stream().map(LabMachine::id).toList();
		Map<Long, List<TimeRange>> maintenance = hours.maintenance(ids, window.start(), window.end());
		Map<Long, Map<Instant, Cells.Holder>> held = cells.holders(ids, window);
		Set<Long> seats = blockSeats.approvedFor(lab.courseCode(), base.id());
		Map<LocalDate, OptionalLong> quotaLeft = new HashMap<>();
		List<Slot> slots = new ArrayList<>();
		for (TimeRange open : hours.openTimes(base.id(), window.start(), window.end())) {
			for (Instant start = SlotGrid.ceil(open.start()); !start.plus(length).isAfter(open.end()); start = start
				.plus(SlotGrid.CELL)) {
				TimeRange range = new TimeRange(start, start.plus(length));
				List<Instant> rangeCells = SlotGrid.cells(range);
				if (rangeCells.stream().anyMatch(ownCells::contains)) {
					continue;
				}
				OptionalLong left = quotaLeft.computeIfAbsent(SlotGrid.weekOf(start),
						week -> quotas.remaining(student.organizationId(), base, week, false));
				if (left.isPresent() && left.getAsLong() < length.toMinutes()) {
					continue;
				}
				for (LabMachine machine : baseMachines) {
					Map<Instant, Cells.Holder> machineCells = held.getOrDefault(machine.id(), Map.of());
					boolean free = rangeCells.stream()
						.allMatch(cell -> !machineCells.containsKey(cell) || machineCells.get(cell).isOpenSeatOf(seats));
					boolean serviced = maintenance.getOrDefault(machine.id(), List.of()).stream()
						.anyMatch(busy -> busy.overlaps(range));
					if (free && !serviced) {
						slots.add(new Slot(machine, base, range));
					}
				}
			}
		}
		return slots;
	}

	/** Bases where a machine is free from now for the exercise's length ("reserve now"). */
	public List<TrainingBaseSummary> freeNow(LabExerciseSummary lab, AcademyUser student) {
		Instant now = clock.instant();
		TimeRange range = new TimeRange(now, now.plus(SlotGrid.slotLength(lab.minutes())));
		Map<Long, List<LabMachine>> byBase = machines.activeWithImage(lab.imageCode()).stream()
			.collect(Collectors.groupingBy(LabMachine::baseId));
		if (!cells.studentCells(student.id(), range).isEmpty()) {
			return List.of();
		}
		List<TrainingBaseSummary> free = new ArrayList<>();
		for (TrainingBaseSummary base : bases.all()) {
			List<LabMachine> baseMachines = byBase.get(base.id());
			if (baseMachines == null
					|| hours.openTimes(base.id(), range.start(), range.end()).stream().noneMatch(o -> o.contains(range))) {
				continue;
			}
			OptionalLong left = quotas.remaining(student.organizationId(), base, SlotGrid.weekOf(now), false);
			if (left.isPresent() && left.getAsLong() < range.duration().toMinutes()) {
				continue;
			}
			List<Long> ids = baseMachines.stream().map(LabMachine::id).toList();
			Map<Long, List<TimeRange>> maintenance = hours.maintenance(ids, range.start(), range.end());
			Map<Long, Map<Instant, Cells.Holder>> held = cells.holders(ids, range);
			if (ids.stream().anyMatch(id -> !maintenance.containsKey(id) && !held.containsKey(id))) {
				free.add(base);
			}
		}
		return free;
	}

	private static boolean matches(TrainingBaseSummary base, Filter filter) {
		return (filter.baseCode() == null || filter.baseCode().isBlank() || base.code().equals(filter.baseCode()))
				&& (filter.province() == null || base.province() == filter.province());
	}

}
