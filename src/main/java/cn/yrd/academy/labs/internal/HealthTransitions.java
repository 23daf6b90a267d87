package cn.yrd.academy.labs.internal;

import java.util.Optional;

import cn.yrd.academy.labs.MachineState;
import cn.yrd.academy.labs.MachineWithdrawn;
import cn.yrd.academy.labs.internal.MachineHealth.Transition;
import cn.yrd.academy.shared.time.TimeRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records one check of a machine and acts on what changed, in one transaction per machine. The stored health
 * row is locked and the next status computed from it, not from what the checking node saw before, so when two
 * nodes (or a late run) check the same machine a transition happens, and is acted on, once.
 */
@Service
class HealthTransitions {

	static final String OFFLINE_REASON = "labs.health.offline";

	private static final Logger log = LoggerFactory.getLogger(HealthTransitions.class);

	private final HealthRecords records;

	private final MachineRepository machines;

	private final HealthAlerts alerts;

	private final ApplicationEventPublisher events;

	private final MachineHealthProperties properties;

	HealthTransitions(HealthRecords records, MachineRepository machines, HealthAlerts alerts,
			ApplicationEventPublisher events, MachineHealthProperties properties) {
		this.records = records;
		this.machines = machines;
		this.alerts = alerts;
		this.events = events;
		this.properties = properties;
	}

	/**
	 * Going offline withdraws the machine for {@code displace-within} — the booking module moves or cancels its
	 * bookings and tells the students — and alerts the base's lab admins; coming back alerts them too. If
	 * anything of that fails, the transition is rolled back with it and the next check tries again.
	 */
	@Transactional
	public Transition record(long machineId, HealthCheck check) {
		Machine machine = machines.findById(machineId).orElse(null);
		if (machine == null || machine.getState() != MachineState.ACTIVE) {
			// Put into maintenance or retired while it was being checked: its bookings were handled then.
			return Transition.NONE;
		}
		Optional<MachineHealth> stored = records.lock(machineId);
		if (stored.isEmpty()) {
			MachineHealth first = MachineHealth.first(machineId, check);
			try {
				records.insert(first);
				records.addChange(machineId, first.status(), check.at(), first.lastError());
				return Transition.RECORDED;
			}
			catch (DuplicateKeyException raced) {
				// Another node stored its first check meanwhile; only the statement failed, carry on from that row.
				stored = records.lock(machineId);
			}
		}
		MachineHealth before = stored.orElseThrow();
		if (!check.at().isAfter(before.lastCheckedAt())) {
			// A newer check was recorded already: this one would only repeat or undo it.
			return Transition.NONE;
		}
		MachineHealth after = before.after(check, properties.failuresBeforeOffline());
		records.update(after);
		Transition transition = before.transitionTo(after);
		if (transition != Transition.NONE) {
			records.addChange(machineId, after.status(), check.at(), after.lastError());
		}
		act(transition, machine, after, check);
		return transition;
	}

	private void act(Transition transition, Machine machine, MachineHealth after, HealthCheck check) {
		switch (transition) {
			case WENT_OFFLINE -> {
				log.warn("Lab machine {} ({}) at base {} went offline after {} failed checks: {}", machine.getId(),
						machine.getName(), machine.getBaseId(), after.consecutiveFailures(), after.lastError());
				events.publishEvent(new MachineWithdrawn(machine.getId(),
						new TimeRange(check.at(), check.at().plus(properties.displaceWithin())), OFFLINE_REASON, ""));
				alerts.wentOffline(machine.toLabMachine(), after.since());
			}
			case BACK_ONLINE -> {
				log.info("Lab machine {} ({}) at base {} is back online", machine.getId(), machine.getName(),
						machine.getBaseId());
				alerts.backOnline(machine.toLabMachine(), after.since());
			}
			case RECORDED, NONE -> {
			}
		}
	}

}
