package cn.yrd.academy.labs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tables {@code machine_health} and {@code machine_health_history}. Deliberately not transactional itself:
 * a refused insert must not mark the caller's transaction for rollback (see {@link HealthTransitions}).
 */
@Component
class HealthRecords {

	private static final int DETAIL_LENGTH = 300;

	private static final String COLUMNS = "machine_id, status, since, last_checked_at, last_error, consecutive_failures";

	private final JdbcTemplate jdbc;

	HealthRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored health, its row locked until the transaction ends; empty for a machine never checked. */
	Optional<MachineHealth> lock(long machineId) {
		return jdbc.query("SELECT " + COLUMNS + " FROM machine_health WHERE machine_id = ? FOR UPDATE",
				HealthRecords::health, machineId).stream().findFirst();
	}

	/** @throws org.springframework.dao.DuplicateKeyException when another node stored the machine's first check */
	void insert(MachineHealth health) {
		jdbc.update("INSERT INTO machine_health (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)", health.machineId(),
				health.status().name(), sql(health.since()), sql(health.lastCheckedAt()), clip(health.lastError()),
				health.consecutiveFailures());
	}

	void update(MachineHealth health) {
		jdbc.update("UPDATE machine_health SET status = ?, since = ?, last_checked_at = ?, last_error = ?,"
				+ " consecutive_failures = ? WHERE machine_id = ?", health.status().name(), sql(health.since()),
				sql(health.lastCheckedAt()), clip(health.lastError()), health.consecutiveFailures(),
				health.machineId());
	}

	void addChange(long machineId, HealthStatus status, Instant at, String detail) {
		jdbc.update("INSERT INTO machine_health_history (machine_id, status, at, detail) VALUES (?, ?, ?, ?)",
				machineId, status.name(), sql(at), clip(detail));
	}

	/** The machine's newest status changes first. */
	List<HealthChange> changes(long machineId, int limit) {
		return jdbc.query("SELECT status, at, detail FROM machine_health_history WHERE machine_id = ?"
				+ " ORDER BY at DESC, id DESC LIMIT ?", (rs, row) -> new HealthChange(HealthStatus.valueOf(rs.getString(1)),
						instant(rs.getTimestamp(2)), rs.getString(3)), machineId, limit);
	}

	/** The stored health of those of the machines that were checked, by machine id. */
	Map<Long, MachineHealth> of(Collection<Long> machineIds) {
		if (machineIds.isEmpty()) {
			return Map.of();
		}
		String ids = machineIds.stream().map(String::valueOf).collect(Collectors.joining(","));
		return jdbc.query("SELECT " + COLUMNS + " FROM machine_health WHERE machine_id IN (" + ids + ")",
				HealthRecords::health).stream().collect(Collectors.toMap(MachineHealth::machineId, Function.identity()));
	}

	/** Forgets the current health of a machine, e.g. when its address changed; its history stays. */
	void forget(long machineId) {
		jdbc.update("DELETE FROM machine_health WHERE machine_id = ?", machineId);
	}

	/** The machines that are offline now; a handful at most, so a plain set. */
	Set<Long> offline() {
		return new HashSet<>(jdbc.queryForList("SELECT machine_id FROM machine_health WHERE status = 'OFFLINE'",
				Long.class));
	}

	private static MachineHealth health(ResultSet rs, int row) throws SQLException {
		return new MachineHealth(rs.getLong(1), HealthStatus.valueOf(rs.getString(2)), instant(rs.getTimestamp(3)),
				instant(rs.getTimestamp(4)), rs.getString(5) == null ? "" : rs.getString(5), rs.getInt(6));
	}

	private static String clip(String text) {
		return text == null ? "" : text.length() <= DETAIL_LENGTH ? text : text.substring(0, DETAIL_LENGTH);
	}

	private static Timestamp sql(Instant instant) {
		return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
	}

}
