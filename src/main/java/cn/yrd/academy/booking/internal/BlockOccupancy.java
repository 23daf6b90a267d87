package cn.yrd.academy.booking.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.yrd.academy.labs.LabHours;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.LabMachines;
import cn.yrd.academy.shared.time.TimeRange;
import org.springframework.stereotype.Component;

/**
 * What holds the machines a class block asks for, occurrence by occurrence: bookings, other blocks and
 * maintenance windows. The lab admin sees it before deciding; approval takes only machines that are free.
 */
@Component
public class BlockOccupancy {

	/** A booking that holds a machine during an occurrence. */
	public record BookingHold(long id, String courseCode, String labSlug, TimeRange range) {
	}

	/** One machine during one occurrence; {@code seat} when the block itself holds it. */
	public record MachineUse(LabMachine machine, List<BookingHold> bookings, Set<Long> otherBlocks,
			List<TimeRange> maintenance, boolean seat) {

		public boolean isFree() {
			return bookings.isEmpty() && otherBlocks.isEmpty() && maintenance.isEmpty() && !seat;
		}

	}

	/** The machines of the block's image at its base during one occurrence. */
	public record Occurrence(TimeRange range, List<MachineUse> machines) {

		public long free() {
			return machines.stream().filter(MachineUse::isFree).count();
		}

		public List<LabMachine> freeMachines() {
			return machines.stream().filter(MachineUse::isFree).map(MachineUse::machine).toList();
		}

	}

	private final LabMachines machines;

	private final LabHours hours;

	private final Cells cells;

	private final BookingRepository bookings;

	BlockOccupancy(LabMachines machines, LabHours hours, Cells cells, BookingRepository bookings) {
		this.machines = machines;
		this.hours = hours;
		this.cells = cells;
		this.bookings = bookings;
	}

	/** Active machines offering the image at the base, by name. */
	List<LabMachine> machinesFor(long baseId, String imageCode) {
		return machines.activeWithImage(imageCode).stream()
			.filter(machine -> machine.baseId() == baseId)
			.sorted(Comparator.comparing(LabMachine::name))
			.toList();
	}

	List<Occurrence> of(ClassBlock block) {
		List<LabMachine> candidates = machinesFor(block.getBaseId(), block.getImageCode());
		List<Long> ids = candidates.stream().map(LabMachine::id).toList();
		List<Occurrence> occurrences = new ArrayList<>();
		for (TimeRange range : block.occurrences()) {
			Map<Long, Map<Instant, Cells.Holder>> held = cells.holders(ids, range);
			Map<Long, List<TimeRange>> maintenance = hours.maintenance(ids, range.start(), range.end());
			Map<Long, BookingHold> holds = holds(held);
			List<MachineUse> uses = candidates.stream()
				.map(machine -> use(machine, held.getOrDefault(machine.id(), Map.of()), holds,
						maintenance.getOrDefault(machine.id(), List.of()), block.getId()))
				.toList();
			occurrences.add(new Occurrence(range, uses));
		}
		return occurrences;
	}

	private static MachineUse use(LabMachine machine, Map<Instant, Cells.Holder> held, Map<Long, BookingHold> holds,
			List<TimeRange> maintenance, long blockId) {
		Set<Long> bookingIds = new LinkedHashSet<>();
		Set<Long> otherBlocks = new LinkedHashSet<>();
		boolean seat = false;
		for (Cells.Holder holder : held.values()) {
			if (holder.blockId() != null && holder.blockId() == blockId) {
				seat = true;
			}
			else if (holder.bookingId() != null) {
				bookingIds.add(holder.bookingId());
			}
			else if (holder.blockId() != null) {
				otherBlocks.add(holder.blockId());
			}
		}
		List<BookingHold> machineBookings = bookingIds.stream()
			.map(holds::get)
			.filter(hold -> hold != null)
			.sorted(Comparator.comparing((BookingHold hold) -> hold.range().start()))
			.toList();
		return new MachineUse(machine, machineBookings, otherBlocks, maintenance, seat);
	}

	private Map<Long, BookingHold> holds(Map<Long, Map<Instant, Cells.Holder>> held) {
		Set<Long> ids = new LinkedHashSet<>();
		held.values().forEach(machineCells -> machineCells.values().stream()
			.map(Cells.Holder::bookingId)
			.filter(id -> id != null)
			.forEach(ids::add));
		Map<Long, BookingHold> holds = new HashMap<>();
		bookings.findAllById(ids).forEach(booking -> holds.put(booking.getId(), new BookingHold(booking.getId(),
				booking.getCourseCode(), booking.getLabSlug(), booking.range())));
		return holds;
	}

}
