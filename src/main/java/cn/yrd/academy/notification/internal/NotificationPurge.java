package cn.yrd.academy.notification.internal;

import java.time.Clock;
import java.time.Instant;

import cn.yrd.academy.scheduling.RecurringJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recurring job {@code notification-purge} (scheduler/jobs.yaml): deletes read notifications older than
 * {@code keep-read} and any older than {@code keep-all}, so the tables do not grow forever. A notification
 * whose email is still pending is kept: deleting it would silently drop the email (the outbox row cascades).
 * Deletes in chunks, so no run holds many row locks for long.
 */
@Component
class NotificationPurge implements RecurringJob {

	private static final Logger log = LoggerFactory.getLogger(NotificationPurge.class);

	static final int CHUNK = 1000;

	private final JdbcTemplate jdbc;

	private final NotificationProperties properties;

	private final Clock clock;

	NotificationPurge(JdbcTemplate jdbc, NotificationProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "notification-purge";
	}

	@Override
	public void run() {
		int deleted = purge();
		if (deleted > 0) {
			log.info("Notification purge: {} notifications deleted", deleted);
		}
	}

	/** Deletes what is past keeping; returns how many notifications were deleted. */
	int purge() {
		Instant now = clock.instant();
		Instant readBefore = now.minus(properties.keepRead());
		Instant anyBefore = now.minus(properties.keepAll());
		int total = 0;
		int deleted;
		do {
			deleted = jdbc.update("DELETE FROM notifications WHERE"
					+ " ((read_at IS NOT NULL AND created_at < ?) OR created_at < ?)"
					+ " AND NOT EXISTS (SELECT 1 FROM notification_emails e WHERE e.notification_id = notifications.id"
					+ " AND e.status = 'PENDING') LIMIT " + CHUNK,
					EmailOutbox.sql(readBefore), EmailOutbox.sql(anyBefore));
			total += deleted;
		}
		while (deleted == CHUNK);
		return total;
	}

}
