package cn.yrd.academy.labs.internal;

import java.time.Instant;

/**
 * A machine's stored health and the rules that turn a check into the next one. Free of the database and the
 * network, so the rules are tested with plain objects.
 *
 * @param since when the status last changed
 * @param lastError the last failed check's reason, empty once it answers
 * @param consecutiveFailures failed checks since it last answered
 */
public record MachineHealth(long machineId, HealthStatus status, Instant since, Instant lastCheckedAt,
		String lastError, int consecutiveFailures) {

	/** What a status change means for the machine's bookings and lab admins. */
	enum Transition {

		/** The status stayed the same. */
		NONE,

		/** The first check of a machine, or the first answer of a machine being set up: nothing to act on. */
		RECORDED,

		/** An answering machine stopped answering: withdraw it and alert the lab admins. */
		WENT_OFFLINE,

		/** An offline machine answers again: tell the lab admins. */
		BACK_ONLINE

	}

	/** The health after the very first check of a machine. */
	static MachineHealth first(long machineId, HealthCheck check) {
		return check.answered() ? new MachineHealth(machineId, HealthStatus.ONLINE, check.at(), check.at(), "", 0)
				: new MachineHealth(machineId, HealthStatus.UNREACHED, check.at(), check.at(), check.error(), 1);
	}

	/**
	 * The health after another check. One answer makes it online; an online machine goes offline only after
	 * {@code failuresBeforeOffline} failures in a row, so a single lost packet does not cancel bookings. A machine
	 * that never answered stays unreached however often it fails.
	 */
	MachineHealth after(HealthCheck check, int failuresBeforeOffline) {
		if (check.answered()) {
			Instant changed = status == HealthStatus.ONLINE ? since : check.at();
			return new MachineHealth(machineId, HealthStatus.ONLINE, changed, check.at(), "", 0);
		}
		int failures = consecutiveFailures + 1;
		HealthStatus next = status == HealthStatus.ONLINE && failures >= failuresBeforeOffline ? HealthStatus.OFFLINE
				: status;
		return new MachineHealth(machineId, next, next == status ? since : check.at(), check.at(), check.error(),
				failures);
	}

	/** What moving from this health to {@code next} means. */
	Transition transitionTo(MachineHealth next) {
		if (next.status == status) {
			return Transition.NONE;
		}
		if (status == HealthStatus.ONLINE && next.status == HealthStatus.OFFLINE) {
			return Transition.WENT_OFFLINE;
		}
		if (status == HealthStatus.OFFLINE && next.status == HealthStatus.ONLINE) {
			return Transition.BACK_ONLINE;
		}
		return Transition.RECORDED;
	}

}
