package cn.yrd.academy.notification.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import cn.yrd.academy.notification.Notification;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.shared.time.ClockConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a notification's subject, body and lines in one language, with times in Asia/Shanghai.
 */
@Component
class NotificationTexts {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ClockConfiguration.CLUSTER_ZONE);

	/** A notification as a person reads it. */
	record Rendered(String subject, String body, List<String> lines) {
	}

	private final MessageSource messages;

	NotificationTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** Refuses a kind whose texts the bundles lack: a programming error, found by the first test that sends it. */
	void requireTexts(String kind) {
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			for (String part : List.of(".subject", ".body")) {
				if (messages.getMessage("notification." + kind + part, null, null, locale) == null) {
					throw new IllegalArgumentException("No text notification." + kind + part + " for " + locale);
				}
			}
		}
	}

	Rendered render(String kind, List<Object> arguments, List<Notification.Line> lines, Locale locale) {
		Object[] shown = shown(arguments, locale);
		String prefix = "notification." + kind;
		return new Rendered(messages.getMessage(prefix + ".subject", shown, locale),
				messages.getMessage(prefix + ".body", shown, locale),
				lines.stream().map(line -> messages.getMessage(line.key(), shown(line.arguments(), locale), locale))
					.toList());
	}

	private Object[] shown(List<Object> arguments, Locale locale) {
		return arguments.stream().map(argument -> {
			if (argument instanceof Instant instant) {
				return TIME.format(instant);
			}
			if (argument instanceof Bilingual name) {
				return name.in(locale);
			}
			if (argument instanceof Notification.Message message) {
				return messages.getMessage(message.key(), null, message.key(), locale);
			}
			// numbers as plain digits: an id must not read 1,234
			return argument.toString();
		}).toArray();
	}

}
