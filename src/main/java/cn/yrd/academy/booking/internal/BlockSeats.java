package cn.yrd.academy.booking.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.shared.time.TimeRange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The seats approved class blocks reserve: machine cells only students of the block's course may take.
 */
@Component
class BlockSeats {

	private final JdbcTemplate jdbc;

	private final Cells cells;

	BlockSeats(JdbcTemplate jdbc, Cells cells) {
		this.jdbc = jdbc;
		this.cells = cells;
	}

	/** Approved blocks of the course at the base. */
	Set<Long> approvedFor(String courseCode, long baseId) {
		return new HashSet<>(jdbc.queryForList("SELECT id FROM class_blocks WHERE course_code = ? AND base_id = ?"
				+ " AND status = 'APPROVED'", Long.class, courseCode, baseId));
	}

	/**
	 * Machines where every cell of the range is an open seat of the blocks. Only such a booking is a block
	 * booking and free of the organization's quota; one reaching past the block is an ordinary booking.
	 */
	List<LabMachine> machinesWithOpenSeats(List<LabMachine> machines, TimeRange range, Set<Long> blocks) {
		if (blocks.isEmpty()) {
			return List.of();
		}
		Map<Long, Map<Instant, Cells.Holder>> held = cells.holders(machines.stream().map(LabMachine::id).toList(),
				range);
		return machines.stream()
			.filter(machine -> allOpenSeats(held.getOrDefault(machine.id(), Map.of()), range, blocks))
			.toList();
	}

	boolean allOpenSeats(long machineId, TimeRange range, Set<Long> blocks) {
		return allOpenSeats(cells.holders(machineId, range), range, blocks);
	}

	private static boolean allOpenSeats(Map<Instant, Cells.Holder> held, TimeRange range, Set<Long> blocks) {
		List<Instant> wanted = SlotGrid.cells(range);
		return wanted.stream().allMatch(cell -> held.containsKey(cell) && held.get(cell).isOpenSeatOf(blocks));
	}

	/** The block whose seat the machine gives in the range. */
	Long blockOf(long machineId, TimeRange range) {
		return cells.holders(machineId, range).values().stream()
			.map(Cells.Holder::blockId)
			.filter(id -> id != null)
			.findFirst()
			.orElse(null);
	}

}
