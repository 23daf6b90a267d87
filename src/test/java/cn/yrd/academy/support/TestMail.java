package cn.yrd.academy.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server (GreenMail) in the test JVM, so the shared integration context runs with mail on, as a
 * deployment with {@code spring.mail.host} would. Listed as an initializer of {@link IntegrationTest}, it
 * belongs to the one shared context and adds no variant. It listens on a free port of 127.0.0.1 and keeps
 * what it receives for the whole JVM: tests tell their mail apart by the recipient's unique address.
 * <p>
 * Only this JVM's context gets the settings; a second application process (the Quartz cluster test) runs
 * with mail off.
 */
public final class TestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + server().getSmtp().getPort())
			.applyTo(context);
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			GreenMail mail = new GreenMail(ServerSetup.SMTP.createCopy("127.0.0.1").dynamicPort())
				.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
			mail.start();
			Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
			server = mail;
		}
		return server;
	}

	/** Every message received so far for the address. */
	public static List<MimeMessage> messagesTo(String address) {
		return Arrays.stream(server().getReceivedMessages()).filter(message -> isFor(message, address)).toList();
	}

	/** Waits for the first message to the address: mail is sent in the background after the commit. */
	public static MimeMessage awaitMessageTo(String address, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			List<MimeMessage> received = messagesTo(address);
			if (!received.isEmpty()) {
				return received.get(0);
			}
			pause();
		}
		assertThat(messagesTo(address)).as("messages to %s within %s", address, timeout).isNotEmpty();
		return messagesTo(address).get(0);
	}

	private static boolean isFor(MimeMessage message, String address) {
		try {
			Address[] recipients = message.getAllRecipients();
			return recipients != null
					&& Arrays.stream(recipients).anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
