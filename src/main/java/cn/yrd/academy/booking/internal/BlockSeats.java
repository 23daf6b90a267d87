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

	/** Machines where the range touches an open seat of the blocks and nothing else that is held. */
	List<LabMachine> machinesWithOpenSeats(List<LabMachine> machines, TimeRange range, Set<Long> blocks) {
		if (blocks.isEmpty()) {
			return List.of();
		}
		Map<Long, Map<Instant, Cells.Holder>> held = cells.holders(machines.stream().map(LabMachine::id).toList(),
				range);
		return machines.stream().filter(machine -> {
			Map<Instant, Cells.Holder> machineCells = held.getOrDefault(machine.id(), Map.of());
			return !machineCells.isEmpty()
					&& machineCells.values().stream().allMatch(holder -> holder.isOpenSeatOf(blocks));
		}).toList();
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
