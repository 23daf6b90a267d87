package cn.yrd.academy.labs.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.identity.UserContact;
import cn.yrd.academy.identity.UserDirectory;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.notification.Notification;
import cn.yrd.academy.notification.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the lab admins of a machine's base that it went offline or is back, inside the transaction that
 * recorded the change, so an alert exists exactly when the change does.
 */
@Component
class HealthAlerts {

	static final String OFFLINE = "machine-offline";

	static final String ONLINE = "machine-online";

	private static final Logger log = LoggerFactory.getLogger(HealthAlerts.class);

	private final UserDirectory users;

	private final TrainingBases bases;

	private final Notifications notifications;

	HealthAlerts(UserDirectory users, TrainingBases bases, Notifications notifications) {
		this.users = users;
		this.bases = bases;
		this.notifications = notifications;
	}

	void wentOffline(LabMachine machine, Instant since) {
		tell(machine, OFFLINE, since);
	}

	void backOnline(LabMachine machine, Instant since) {
		tell(machine, ONLINE, since);
	}

	private void tell(LabMachine machine, String kind, Instant since) {
		TrainingBaseSummary base = bases.find(machine.baseId()).orElseThrow();
		List<Long> admins = users.labAdminsOf(base.id());
		if (admins.isEmpty()) {
			log.warn("Lab machine {} ({}) at base {}: {} but the base has no lab admin to tell", machine.id(),
					machine.name(), base.code(), kind);
		}
		for (long admin : admins) {
			// The base's name is text, not a message key, so it is picked in the recipient's language here.
			Locale locale = users.contact(admin).map(UserContact::locale).orElse(Locale.SIMPLIFIED_CHINESE);
			notifications.send(Notification.of(admin, kind, machine.name(),
					base.name().in(locale == null ? Locale.SIMPLIFIED_CHINESE : locale), since)
				.withLink("/labadmin/machines"));
		}
	}

}
