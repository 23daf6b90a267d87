package cn.yrd.academy.labs.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The machines' health as the lab admin pages show it.
 */
@Service
@Transactional(readOnly = true)
public class HealthReport {

	/** How many status changes a machine's history page shows. */
	public static final int HISTORY_LENGTH = 50;

	private final HealthRecords records;

	private final MachineHealthProperties properties;

	HealthReport(HealthRecords records, MachineHealthProperties properties) {
		this.records = records;
		this.properties = properties;
	}

	/** The current health of those of the machines that were checked, by machine id. */
	public Map<Long, MachineHealth> of(Collection<Long> machineIds) {
		return records.of(machineIds);
	}

	public Optional<MachineHealth> of(long machineId) {
		return Optional.ofNullable(records.of(List.of(machineId)).get(machineId));
	}

	/** The machine's newest status changes, newest first. */
	public List<HealthChange> changes(long machineId) {
		return records.changes(machineId, HISTORY_LENGTH);
	}

	public int failuresBeforeOffline() {
		return properties.failuresBeforeOffline();
	}

	/** How far ahead an offline machine's bookings are moved or cancelled, in whole hours. */
	public long displaceWithinHours() {
		return properties.displaceWithin().toHours();
	}

}
