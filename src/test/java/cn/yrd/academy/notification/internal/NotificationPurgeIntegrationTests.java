package cn.yrd.academy.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.notification.Notifications;
import cn.yrd.academy.notification.TestNotifications;
import cn.yrd.academy.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code notification-purge} job on notifications written straight into the tables with old dates.
 */
@IntegrationTest
class NotificationPurgeIntegrationTests {

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private Notifications notifications;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private NotificationPurge purge;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void deletesOldReadAndVeryOldNotificationsButKeepsUnsentOnes() {
		long user = new TestNotifications(registrations, organizations, notifications, transactions)
			.student("purge", Locale.SIMPLIFIED_CHINESE)
			.getId();
		Instant now = Instant.now();
		long oldRead = insert(user, now.minus(Duration.ofDays(100)), true);
		long oldUnread = insert(user, now.minus(Duration.ofDays(100)), false);
		long recentRead = insert(user, now.minus(Duration.ofDays(10)), true);
		long ancientUnread = insert(user, now.minus(Duration.ofDays(400)), false);
		long ancientSent = insert(user, now.minus(Duration.ofDays(400)), false);
		email(ancientSent, "SENT");
		long ancientPending = insert(user, now.minus(Duration.ofDays(400)), true);
		email(ancientPending, "PENDING");

		purge.run();

		assertThat(remaining(user)).containsExactlyInAnyOrder(oldUnread, recentRead, ancientPending);
		assertThat(jdbc.queryForList("SELECT notification_id FROM notification_emails WHERE notification_id IN (?, ?)",
				Long.class, ancientSent, ancientPending)).containsExactly(ancientPending);
		assertThat(List.of(oldRead, ancientUnread)).doesNotContainAnyElementsOf(remaining(user));

		jdbc.update("DELETE FROM notifications WHERE user_id = ?", user);
	}

	private List<Long> remaining(long user) {
		return jdbc.queryForList("SELECT id FROM notifications WHERE user_id = ?", Long.class, user);
	}

	/** Inserts and reads the id on one connection, where LAST_INSERT_ID() means this insert. */
	private long insert(long user, Instant createdAt, boolean read) {
		return transactions.execute(status -> {
			jdbc.update("INSERT INTO notifications (user_id, kind, arguments, line_items, link, created_at, read_at)"
				+ " VALUES (?, 'booking-confirmed', '[]', '[]', NULL, ?, ?)", user, EmailOutbox.sql(createdAt),
				read ? EmailOutbox.sql(createdAt.plusSeconds(60)) : null);
			return jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
		});
	}

	/** An email row that no delivery touches during the test: due only in ten years. */
	private void email(long notification, String status) {
		jdbc.update("INSERT INTO notification_emails (notification_id, recipient, locale, status, next_attempt_at)"
				+ " VALUES (?, 'purge@example.cn', 'zh-CN', ?, ?)", notification, status,
				EmailOutbox.sql(Instant.now().plus(Duration.ofDays(3650))));
	}

}
