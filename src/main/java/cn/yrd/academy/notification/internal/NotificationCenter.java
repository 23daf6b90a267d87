package cn.yrd.academy.notification.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.yrd.academy.identity.UserContact;
import cn.yrd.academy.identity.UserDirectory;
import cn.yrd.academy.notification.Notification;
import cn.yrd.academy.notification.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every user's notifications: written by {@link #send}, read and marked read in the notification center.
 */
@Service
public class NotificationCenter implements Notifications {

	private static final Logger log = LoggerFactory.getLogger(NotificationCenter.class);

	/** A notification as its reader sees it. */
	public record Shown(long id, String kind, String subject, String body, List<String> lines, String link,
			Instant createdAt, boolean read) {
	}

	private static final String SELECT = "SELECT id, kind, arguments, line_items, link, created_at, read_at"
			+ " FROM notifications";

	private final JdbcTemplate jdbc;

	private final UserDirectory users;

	private final EmailOutbox outbox;

	private final NotificationTexts texts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NotificationCenter(JdbcTemplate jdbc, UserDirectory users, EmailOutbox outbox, NotificationTexts texts,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.outbox = outbox;
		this.texts = texts;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void send(Notification notification) {
		texts.requireTexts(notification.kind());
		Optional<UserContact> contact = users.contact(notification.recipientId());
		if (contact.isEmpty()) {
			log.warn("Notification {} for unknown user {} skipped", notification.kind(), notification.recipientId());
			return;
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement("INSERT INTO notifications (user_id, kind,"
					+ " arguments, line_items, link, created_at) VALUES (?, ?, ?, ?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS);
			insert.setLong(1, notification.recipientId());
			insert.setString(2, notification.kind());
			insert.setString(3, NotificationArguments.write(notification.arguments()));
			insert.setString(4, NotificationArguments.writeLines(notification.lines()));
			insert.setString(5, notification.link());
			insert.setTimestamp(6, EmailOutbox.sql(clock.instant()));
			return insert;
		}, key);
		long id = key.getKey().longValue();
		if (outbox.enqueue(id, contact.get(), notification)) {
			events.publishEvent(new EmailQueued(id));
		}
	}

	/** The user's newest notifications, in the reader's language. */
	@Transactional(readOnly = true)
	public List<Shown> recent(long userId, int limit, Locale locale) {
		return jdbc.query(SELECT + " WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ?",
				(rs, row) -> shown(rs, locale), userId, limit);
	}

	/** One of the user's notifications; empty for an unknown id or another user's. */
	@Transactional(readOnly = true)
	public Optional<Shown> find(long userId, long notificationId, Locale locale) {
		return jdbc.query(SELECT + " WHERE id = ? AND user_id = ?", (rs, row) -> shown(rs, locale), notificationId,
				userId).stream().findFirst();
	}

	private Shown shown(ResultSet rs, Locale locale) throws SQLException {
		NotificationTexts.Rendered text = texts.render(rs.getString(2), NotificationArguments.read(rs.getString(3)),
				NotificationArguments.readLines(rs.getString(4)), locale);
		return new Shown(rs.getLong(1), rs.getString(2), text.subject(), text.body(), text.lines(), rs.getString(5),
				EmailOutbox.instant(rs.getTimestamp(6)), rs.getTimestamp(7) != null);
	}

	@Transactional(readOnly = true)
	public int unread(long userId) {
		Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL",
				Integer.class, userId);
		return count == null ? 0 : count;
	}

	/** Marks one of the user's notifications read; another user's id changes nothing. */
	@Transactional
	public boolean markRead(long userId, long notificationId) {
		return jdbc.update("UPDATE notifications SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL",
				EmailOutbox.sql(clock.instant()), notificationId, userId) > 0;
	}

	@Transactional
	public int markAllRead(long userId) {
		return jdbc.update("UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL",
				EmailOutbox.sql(clock.instant()), userId);
	}

}
