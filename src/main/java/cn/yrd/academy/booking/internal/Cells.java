package cn.yrd.academy.booking.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.yrd.academy.shared.time.TimeRange;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The half-hour cells bookings and class blocks hold. Every write is one statement against a primary key, so
 * the database refuses a second holder of a cell whatever node or thread asks.
 */
@Repository
class Cells {

	/** Who holds a machine's cell: a booking, a class block's seat, or a block seat a student has taken. */
	record Holder(Long bookingId, Long blockId) {

		boolean isOpenSeatOf(Set<Long> blocks) {
			return bookingId == null && blockId != null && blocks.contains(blockId);
		}

	}

	private final JdbcTemplate jdbc;

	Cells(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the student's cells for the booking.
	 * @return {@code false} when the student already holds one of them
	 */
	boolean claimForStudent(long userId, long bookingId, TimeRange range) {
		return insertStudentCells(userId, bookingId, SlotGrid.cells(range));
	}

	/**
	 * Claims the machine's cells for the booking; cells that are open seats of one of {@code blocks} are
	 * taken over instead, only while no other student has taken them.
	 * @return {@code false} when a cell is held by anyone else
	 */
	boolean claimMachine(long machineId, long bookingId, TimeRange range, Set<Long> blocks) {
		List<Instant> cells = SlotGrid.cells(range);
		Map<Instant, Holder> held = holders(machineId, range);
		List<Instant> seats = cells.stream().filter(cell -> held.containsKey(cell)).toList();
		if (seats.stream().anyMatch(cell -> !held.get(cell).isOpenSeatOf(blocks))) {
			return false;
		}
		for (Instant seat : seats) {
			int taken = jdbc.update("UPDATE machine_cells SET booking_id = ? WHERE machine_id = ? AND cell_start = ?"
					+ " AND booking_id IS NULL AND block_id = ?", bookingId, machineId, sql(seat),
					held.get(seat).blockId());
			if (taken != 1) {
				return false;
			}
		}
		List<Instant> free = cells.stream().filter(cell -> !held.containsKey(cell)).toList();
		return free.isEmpty() || insertMachineCells(machineId, bookingId, null, free);
	}

	/** Reserves the machine's cells as seats of a class block; {@code false} if any is held. */
	boolean reserveForBlock(long machineId, long blockId, TimeRange range) {
		return insertMachineCells(machineId, null, blockId, SlotGrid.cells(range));
	}

	/** Gives back every cell the booking holds: its own are deleted, block seats become open again. */
	void release(long bookingId) {
		jdbc.update("DELETE FROM machine_cells WHERE booking_id = ? AND block_id IS NULL", bookingId);
		jdbc.update("UPDATE machine_cells SET booking_id = NULL WHERE booking_id = ?", bookingId);
		jdbc.update("DELETE FROM student_cells WHERE booking_id = ?", bookingId);
	}

	/** Gives back only the machine cells of a booking, for a move to another machine. */
	void releaseMachine(long bookingId) {
		jdbc.update("DELETE FROM machine_cells WHERE booking_id = ? AND block_id IS NULL", bookingId);
		jdbc.update("UPDATE machine_cells SET booking_id = NULL WHERE booking_id = ?", bookingId);
	}

	/**
	 * Gives back a cancelled block's open seats; seats students took become their bookings' own cells, so
	 * cancelling such a booking later frees them like any other.
	 */
	void releaseBlock(long blockId) {
		jdbc.update("DELETE FROM machine_cells WHERE block_id = ? AND booking_id IS NULL", blockId);
		jdbc.update("UPDATE machine_cells SET block_id = NULL WHERE block_id = ?", blockId);
	}

	Map<Instant, Holder> holders(long machineId, TimeRange range) {
		Map<Instant, Holder> held = new HashMap<>();
		jdbc.query("SELECT cell_start, booking_id, block_id FROM machine_cells WHERE machine_id = ?"
				+ " AND cell_start >= ? AND cell_start < ?", rs -> {
					held.put(instant(rs.getTimestamp(1)), new Holder(rs.getObject(2, Long.class),
							rs.getObject(3, Long.class)));
				}, machineId, sql(SlotGrid.floor(range.start())), sql(range.end()));
		return held;
	}

	/** Cells held on the machines within the range, by machine id. */
	Map<Long, Map<Instant, Holder>> holders(Collection<Long> machineIds, TimeRange range) {
		Map<Long, Map<Instant, Holder>> held = new HashMap<>();
		if (machineIds.isEmpty()) {
			return held;
		}
		String ids = machineIds.stream().map(String::valueOf).collect(Collectors.joining(","));
		jdbc.query("SELECT machine_id, cell_start, booking_id, block_id FROM machine_cells WHERE machine_id IN ("
				+ ids + ") AND cell_start >= ? AND cell_start < ?", rs -> {
					held.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
						.put(instant(rs.getTimestamp(2)), new Holder(rs.getObject(3, Long.class),
								rs.getObject(4, Long.class)));
				}, sql(SlotGrid.floor(range.start())), sql(range.end()));
		return held;
	}

	/** The student's own held cells within the range. */
	Set<Instant> studentCells(long userId, TimeRange range) {
		Set<Instant> cells = new HashSet<>();
		jdbc.query("SELECT cell_start FROM student_cells WHERE user_id = ? AND cell_start >= ? AND cell_start < ?",
				rs -> {
					cells.add(instant(rs.getTimestamp(1)));
				}, userId, sql(SlotGrid.floor(range.start())), sql(range.end()));
		return cells;
	}

	private boolean insertStudentCells(long userId, long bookingId, List<Instant> cells) {
		List<Object> args = new ArrayList<>();
		cells.forEach(cell -> args.addAll(Arrays.asList(userId, sql(cell), bookingId)));
		return tryInsert("INSERT INTO student_cells (user_id, cell_start, booking_id) VALUES "
				+ rows(cells.size(), "(?, ?, ?)"), args);
	}

	private boolean insertMachineCells(long machineId, Long bookingId, Long blockId, List<Instant> cells) {
		List<Object> args = new ArrayList<>();
		cells.forEach(cell -> args.addAll(Arrays.asList(machineId, sql(cell), bookingId, blockId)));
		return tryInsert("INSERT INTO machine_cells (machine_id, cell_start, booking_id, block_id) VALUES "
				+ rows(cells.size(), "(?, ?, ?, ?)"), args);
	}

	private static String rows(int count, String row) {
		return String.join(", ", Collections.nCopies(count, row));
	}

	/** One multi-row insert: all rows or, on a duplicate key, none (InnoDB rolls back the statement). */
	private boolean tryInsert(String sql, List<Object> args) {
		try {
			jdbc.update(sql, args.toArray());
			return true;
		}
		catch (DuplicateKeyException taken) {
			return false;
		}
	}

	static Timestamp sql(Instant instant) {
		return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
	}

}
