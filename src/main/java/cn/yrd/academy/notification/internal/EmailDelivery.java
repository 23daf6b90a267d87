package cn.yrd.academy.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends queued emails, one at a time, each only after claiming it, so that the send right after a commit and
 * the {@code mail-outbox} job on any node never both send the same email. A failure is recorded on the email
 * and retried later with {@link Backoff}; it never reaches the caller and never touches the notification.
 */
@Component
class EmailDelivery {

	private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);

	/** Longer than any SMTP conversation (see the timeouts in application.yml), so a claim outlives its send. */
	static final Duration CLAIM = Duration.ofMinutes(5);

	/** What one {@link #deliverDue} handles at most, so a backlog is worked off over several runs. */
	static final int BATCH = 50;

	/** The outcome of one attempt, for logs and tests. */
	enum Outcome {
		SENT, RETRY, FAILED, SKIPPED
	}

	private final EmailOutbox outbox;

	private final EmailComposer composer;

	private final Supplier<JavaMailSender> mail;

	private final NotificationProperties properties;

	private final Clock clock;

	@Autowired
	EmailDelivery(EmailOutbox outbox, EmailComposer composer, ObjectProvider<JavaMailSender> mail,
			NotificationProperties properties, Clock clock) {
		this(outbox, composer, mail::getIfAvailable, properties, clock);
	}

	/** A delivery through the given mail server (null when mail is off) on the given clock. */
	EmailDelivery(EmailOutbox outbox, EmailComposer composer, Supplier<JavaMailSender> mail,
			NotificationProperties properties, Clock clock) {
		this.outbox = outbox;
		this.composer = composer;
		this.mail = mail;
		this.properties = properties;
		this.clock = clock;
	}

	/** Sends the email if it is still pending, due and unclaimed; mail being off skips it. */
	Outcome deliver(long notificationId) {
		JavaMailSender sender = mail.get();
		if (sender == null) {
			return Outcome.SKIPPED;
		}
		return deliver(notificationId, sender);
	}

	/** Sends due emails in batches until none is left or {@code max} were handled; returns how many were sent. */
	int deliverDue(int max) {
		JavaMailSender sender = mail.get();
		if (sender == null) {
			return 0;
		}
		int handled = 0;
		int sent = 0;
		while (handled < max) {
			List<Long> due = outbox.due(clock.instant(), Math.min(BATCH, max - handled));
			for (long id : due) {
				if (deliver(id, sender) == Outcome.SENT) {
					sent++;
				}
			}
			handled += due.size();
			if (due.size() < BATCH) {
				break;
			}
		}
		return sent;
	}

	private Outcome deliver(long notificationId, JavaMailSender sender) {
		Instant now = clock.instant();
		if (!outbox.claim(notificationId, now, now.plus(CLAIM))) {
			return Outcome.SKIPPED;
		}
		Optional<OutboxEmail> email = outbox.find(notificationId);
		if (email.isEmpty()) {
			return Outcome.SKIPPED;
		}
		try {
			sender.send(composer.compose(email.get(), sender));
			outbox.sent(notificationId, clock.instant());
			return Outcome.SENT;
		}
		catch (RuntimeException | jakarta.mail.MessagingException ex) {
			return failed(email.get(), ex);
		}
	}

	private Outcome failed(OutboxEmail email, Exception failure) {
		Instant now = clock.instant();
		String error = describe(failure);
		if (!now.isBefore(email.createdAt().plus(properties.giveUpAfter()))) {
			outbox.failed(email.notificationId(), error);
			log.error("Email of notification {} to user {} not sent after {} attempts, given up: {}",
					email.notificationId(), email.userId(), email.attempts() + 1, error);
			return Outcome.FAILED;
		}
		Duration wait = Backoff.after(email.attempts() + 1);
		outbox.retryAt(email.notificationId(), now.plus(wait), error);
		log.warn("Email of notification {} to user {} not sent (attempt {}), next try in {} min: {}",
				email.notificationId(), email.userId(), email.attempts() + 1, wait.toMinutes(), error);
		return Outcome.RETRY;
	}

	/**
	 * The failure in one line for the outbox table: types and messages of the exception and its causes. Mail
	 * exceptions carry server replies and addresses, never the SMTP password.
	 */
	static String describe(Throwable failure) {
		StringBuilder text = new StringBuilder();
		for (Throwable current = failure; current != null && text.length() < EmailOutbox.MAX_ERROR_LENGTH;
				current = current.getCause()) {
			if (!text.isEmpty()) {
				text.append(" <- ");
			}
			text.append(current.getClass().getSimpleName());
			if (current.getMessage() != null) {
				text.append(": ").append(current.getMessage().replaceAll("\\s+", " ").strip());
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return text.toString();
	}

}
