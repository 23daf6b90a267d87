package cn.yrd.academy.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.yrd.academy.identity.UserContact;
import cn.yrd.academy.notification.Notification;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Repository;

/**
 * Emails waiting to be sent. A notification's email is written here in the notification's own transaction;
 * delivery happens after the commit and is retried until it succeeds, so a slow or unreachable mail server
 * delays mail but never blocks or loses what it tells.
 * <p>
 * Every node of a cluster may try to send the same row (right after the commit, and from the
 * {@code mail-outbox} job): {@link #claim} lets exactly one of them have it for a while. Outside a
 * transaction each statement here commits on its own, which is what a claim needs.
 */
@Repository
class EmailOutbox {

	enum Status {
		PENDING, SENT, FAILED
	}

	static final int MAX_ERROR_LENGTH = 500;

	private static final String SELECT = "SELECT e.notification_id, n.user_id, e.recipient, e.locale, n.kind,"
			+ " n.arguments, n.line_items, n.link, e.attachment_name, e.attachment_type, e.attachment, e.attempts,"
			+ " n.created_at FROM notification_emails e JOIN notifications n ON n.id = e.notification_id";

	private final JdbcTemplate jdbc;

	private final ObjectProvider<JavaMailSender> mail;

	private final Clock clock;

	EmailOutbox(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mail, Clock clock) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.clock = clock;
	}

	/** Whether mail is configured ({@code spring.mail.host}); without it notifications stay in the app. */
	boolean mailOn() {
		return mail.getIfAvailable() != null;
	}

	/** Queues the notification's email; returns false when mail is off or the account takes no email. */
	boolean enqueue(long notificationId, UserContact to, Notification notification) {
		if (!mailOn() || !to.enabled() || to.email() == null || to.email().isBlank()) {
			return false;
		}
		Notification.Attachment file = notification.attachment();
		jdbc.update("INSERT INTO notification_emails (notification_id, recipient, locale, attachment_name,"
				+ " attachment_type, attachment, status, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
				notificationId, to.email(), to.locale().toLanguageTag(), file == null ? null : file.filename(),
				file == null ? null : file.contentType(), file == null ? null : file.content(), Status.PENDING.name(),
				sql(clock.instant()));
		return true;
	}

	/**
	 * Takes the email for this node until {@code until}, if it is pending, due and nobody else holds it. A node
	 * that dies while sending lets go when its claim runs out, and another node tries again.
	 */
	boolean claim(long notificationId, Instant now, Instant until) {
		return jdbc.update("UPDATE notification_emails SET claimed_until = ? WHERE notification_id = ?"
				+ " AND status = 'PENDING' AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)",
				sql(until), notificationId, sql(now), sql(now)) == 1;
	}

	/** Pending emails that are due and not held by anyone, the longest waiting first. */
	List<Long> due(Instant now, int limit) {
		return jdbc.queryForList("SELECT notification_id FROM notification_emails WHERE status = 'PENDING'"
				+ " AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)"
				+ " ORDER BY next_attempt_at, notification_id LIMIT ?", Long.class, sql(now), sql(now), limit);
	}

	Optional<OutboxEmail> find(long notificationId) {
		return jdbc.query(SELECT + " WHERE e.notification_id = ?", EmailOutbox::email, notificationId)
			.stream()
			.findFirst();
	}

	Optional<Status> status(long notificationId) {
		return jdbc.queryForList("SELECT status FROM notification_emails WHERE notification_id = ?", String.class,
				notificationId).stream().map(Status::valueOf).findFirst();
	}

	void sent(long notificationId, Instant at) {
		jdbc.update("UPDATE notification_emails SET status = 'SENT', sent_at = ?, attempts = attempts + 1,"
				+ " claimed_until = NULL, last_error = NULL WHERE notification_id = ?", sql(at), notificationId);
	}

	/** Records a failed attempt and lets go of the email, to be tried again at {@code next}. */
	void retryAt(long notificationId, Instant next, String error) {
		jdbc.update("UPDATE notification_emails SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?,"
				+ " claimed_until = NULL WHERE notification_id = ?", sql(next), truncate(error), notificationId);
	}

	/** Records the last failed attempt: the email is not tried again. */
	void failed(long notificationId, String error) {
		jdbc.update("UPDATE notification_emails SET status = 'FAILED', attempts = attempts + 1, last_error = ?,"
				+ " claimed_until = NULL WHERE notification_id = ?", truncate(error), notificationId);
	}

	private static String truncate(String error) {
		return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
	}

	private static OutboxEmail email(ResultSet rs, int row) throws SQLException {
		String attachmentName = rs.getString(9);
		Notification.Attachment attachment = attachmentName == null ? null
				: new Notification.Attachment(attachmentName, rs.getString(10), rs.getBytes(11));
		return new OutboxEmail(rs.getLong(1), rs.getLong(2), rs.getString(3), Locale.forLanguageTag(rs.getString(4)),
				rs.getString(5), NotificationArguments.read(rs.getString(6)),
				NotificationArguments.readLines(rs.getString(7)), rs.getString(8), attachment, rs.getInt(12),
				instant(rs.getTimestamp(13)));
	}

	static Timestamp sql(Instant instant) {
		return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
	}

}
