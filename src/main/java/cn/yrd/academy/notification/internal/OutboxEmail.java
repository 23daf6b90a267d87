package cn.yrd.academy.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import cn.yrd.academy.notification.Notification;

/**
 * A queued email with what it needs to be written: its notification's kind, arguments, lines and link, and the
 * recipient's address and language as they were when it was queued.
 */
record OutboxEmail(long notificationId, long userId, String recipient, Locale locale, String kind,
		List<Object> arguments, List<Notification.Line> lines, String link, Notification.Attachment attachment,
		int attempts, Instant createdAt) {
}
