package cn.yrd.academy.notification;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import cn.yrd.academy.shared.text.Bilingual;

/**
 * A message for one user. Its texts come from the message bundles in the recipient's language:
 * {@code notification.<kind>.subject} and {@code notification.<kind>.body}, both given the arguments, and
 * one line per {@link Line} below the body.
 *
 * @param kind lower-case words joined by dashes, e.g. {@code booking-reminder}
 * @param arguments text, whole numbers, instants (shown in Asia/Shanghai), {@link Bilingual} names (the reader's
 *     language) or {@link Message}s (translated)
 * @param lines items listed below the body, may be empty
 * @param link the page the notification leads to, a path inside the platform such as {@code /bookings}; may be null
 * @param attachment a file for the email, e.g. an iCalendar event; may be null
 */
public record Notification(long recipientId, String kind, List<Object> arguments, List<Line> lines, String link,
		Attachment attachment) {

	private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

	public Notification {
		if (!KIND.matcher(kind).matches() || kind.length() > 40) {
			throw new IllegalArgumentException("Not a notification kind: " + kind);
		}
		arguments = List.copyOf(arguments);
		arguments.forEach(Notification::checkArgument);
		lines = List.copyOf(lines);
		if (link != null && !link.startsWith("/")) {
			throw new IllegalArgumentException("A notification links to a path inside the platform: " + link);
		}
	}

	/** A notification without lines, link or attachment. */
	public static Notification of(long recipientId, String kind, Object... arguments) {
		return new Notification(recipientId, kind, List.of(arguments), List.of(), null, null);
	}

	public Notification withLink(String path) {
		return new Notification(recipientId, kind, arguments, lines, path, attachment);
	}

	public Notification withLines(List<Line> items) {
		return new Notification(recipientId, kind, arguments, items, link, attachment);
	}

	public Notification withAttachment(Attachment file) {
		return new Notification(recipientId, kind, arguments, lines, link, file);
	}

	public String subjectKey() {
		return "notification." + kind + ".subject";
	}

	public String bodyKey() {
		return "notification." + kind + ".body";
	}

	static void checkArgument(Object argument) {
		if (!(argument instanceof String || argument instanceof Long || argument instanceof Integer
				|| argument instanceof Instant || argument instanceof Message || argument instanceof Bilingual)) {
			throw new IllegalArgumentException("Not a notification argument: " + argument);
		}
	}

	/** A message key translated in the recipient's language, e.g. the reason a booking was cancelled. */
	public record Message(String key) {
	}

	/** One item listed below the body: a message key and its arguments. */
	public record Line(String key, List<Object> arguments) {

		public Line {
			arguments = List.copyOf(arguments);
			arguments.forEach(Notification::checkArgument);
		}

		public static Line of(String key, Object... arguments) {
			return new Line(key, List.of(arguments));
		}

	}

	/** A file attached to the email, e.g. {@code booking.ics} as {@code text/calendar}. */
	public record Attachment(String filename, String contentType, byte[] content) {
	}

}
