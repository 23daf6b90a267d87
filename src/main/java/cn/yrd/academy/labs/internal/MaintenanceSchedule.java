package cn.yrd.academy.labs.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import cn.yrd.academy.identity.AuditEventType;
import cn.yrd.academy.identity.AuditLog;
import cn.yrd.academy.labs.MachineWithdrawn;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.shared.time.TimeRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintenance windows of the machines. Adding one withdraws the machine for that time in the same
 * transaction, so a listener that cannot move the bookings it displaces undoes the window too.
 */
@Service
@Transactional(readOnly = true)
public class MaintenanceSchedule {

	private static final Logger log = LoggerFactory.getLogger(MaintenanceSchedule.class);

	private final MaintenanceWindowRepository windows;

	private final MachineRepository machines;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AuditLog audit;

	MaintenanceSchedule(MaintenanceWindowRepository windows, MachineRepository machines,
			ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.audit = audit;
		this.windows = windows;
		this.machines = machines;
		this.events = events;
		this.clock = clock;
	}

	/** A maintenance window as the lab admin sees it. */
	public record WindowView(long id, TimeRange range, String reason, String createdBy) {
	}

	/** Windows of the machine that have not ended yet, in order. */
	public List<WindowView> upcoming(long machineId) {
		return windows.upcoming(machineId, clock.instant())
			.stream()
			.map(window -> new WindowView(window.getId(), window.range(), window.getReason(), window.getCreatedBy()))
			.toList();
	}

	/** Adds a window given in the cluster's local time; it must end after it starts and not lie in the past. */
	@Transactional
	public WindowView add(long machineId, LocalDateTime start, LocalDateTime end, String reason, String actor) {
		Machine machine = machines.findById(machineId).orElseThrow(() -> new MachineNotFoundException(machineId));
		Instant startsAt = start.atZone(ClockConfiguration.CLUSTER_ZONE).toInstant();
		Instant endsAt = end.atZone(ClockConfiguration.CLUSTER_ZONE).toInstant();
		if (!endsAt.isAfter(startsAt)) {
			throw new FieldRejected("end", "labs.maintenance.endBeforeStart");
		}
		if (!endsAt.isAfter(clock.instant())) {
			throw new FieldRejected("end", "labs.maintenance.past");
		}
		TimeRange range = new TimeRange(startsAt, endsAt);
		MaintenanceWindow window = windows.saveAndFlush(new MaintenanceWindow(machine.getId(), range, reason, actor,
				clock.instant()));
		events.publishEvent(new MachineWithdrawn(machine.getId(), range, "labs.withdrawn.maintenance", reason));
		log.info("{} added maintenance window {} for lab machine {}: {}", actor, window.getId(), machineId, range);
		audit.record(AuditEventType.MAINTENANCE_SCHEDULED, actor, "machine#" + machineId,
				range.start() + "/" + range.end());
		return new WindowView(window.getId(), range, reason, actor);
	}

	/** Removes a window of the machine that has not ended yet; returns whether there was one. */
	@Transactional
	public boolean remove(long machineId, long windowId) {
		return windows.findById(windowId)
			.filter(window -> window.getMachineId() == machineId && window.range().end().isAfter(clock.instant()))
			.map(window -> {
				windows.delete(window);
				return true;
			})
			.orElse(false);
	}

}
