package cn.yrd.academy.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

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
 */
@Repository
class EmailOutbox {

	enum Status {
		PENDING, SENT, FAILED
	}

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

	static Timestamp sql(Instant instant) {
		return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
	}

}
