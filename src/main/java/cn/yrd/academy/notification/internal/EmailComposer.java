package cn.yrd.academy.notification.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import cn.yrd.academy.notification.Notification;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a queued email in its recipient's language: the same subject, body and lines the notification center
 * shows, as plain text and as simple HTML (template {@code notification/email.html}), with the attachment.
 * Both parts go together so every mail program shows something readable.
 */
@Component
class EmailComposer {

	static final String TEMPLATE = "notification/email";

	private final NotificationTexts texts;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final NotificationProperties properties;

	EmailComposer(NotificationTexts texts, ITemplateEngine templates, MessageSource messages,
			NotificationProperties properties) {
		this.texts = texts;
		this.templates = templates;
		this.messages = messages;
		this.properties = properties;
	}

	MimeMessage compose(OutboxEmail email, JavaMailSender sender) throws MessagingException {
		NotificationTexts.Rendered text = texts.render(email.kind(), email.arguments(), email.lines(), email.locale());
		String link = properties.absolute(email.link());
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
				StandardCharsets.UTF_8.name());
		helper.setFrom(properties.from());
		helper.setTo(email.recipient());
		helper.setSubject(text.subject());
		Notification.Attachment file = email.attachment();
		String hint = calendarHint(file, email.locale());
		helper.setText(plain(text, link, hint, email.locale()), html(text, link, hint, email.locale()));
		if (file != null) {
			helper.addAttachment(file.filename(), new ByteArrayResource(file.content()), file.contentType());
		}
		return message;
	}

	/** The in-app notification has no attachment, so only the email says what the calendar file is for. */
	private String calendarHint(Notification.Attachment file, Locale locale) {
		return file != null && file.contentType().startsWith("text/calendar")
				? messages.getMessage("notification.email.calendarAttached", new Object[] { file.filename() }, locale)
				: null;
	}

	private String plain(NotificationTexts.Rendered text, String link, String hint, Locale locale) {
		StringBuilder plain = new StringBuilder(text.body()).append("\n");
		if (!text.lines().isEmpty()) {
			plain.append("\n");
			text.lines().forEach(line -> plain.append("- ").append(line).append("\n"));
		}
		if (hint != null) {
			plain.append("\n").append(hint).append("\n");
		}
		if (link != null) {
			plain.append("\n").append(messages.getMessage("notification.email.open", null, locale)).append(": ")
				.append(link).append("\n");
		}
		plain.append("\n-- \n").append(messages.getMessage("notification.email.footer", null, locale)).append("\n");
		return plain.toString();
	}

	private String html(NotificationTexts.Rendered text, String link, String hint, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("subject", text.subject());
		context.setVariable("body", text.body());
		context.setVariable("lines", text.lines());
		context.setVariable("link", link);
		context.setVariable("hint", hint);
		context.setVariable("centerUrl", properties.absolute("/notifications"));
		return templates.process(TEMPLATE, context);
	}

}
