package cn.yrd.academy.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.identity.internal.UserAccount;
import cn.yrd.academy.notification.Notifications;
import cn.yrd.academy.notification.TestNotifications;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notification emails on the shared context, whose mail goes to the GreenMail server in this JVM: sent after
 * the commit in the recipient's language, retried after a mail server failure, never sent twice.
 */
@IntegrationTest
class NotificationEmailIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private Notifications notifications;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private EmailOutbox outbox;

	@Autowired
	private EmailComposer composer;

	@Autowired
	private NotificationProperties properties;

	@Autowired
	private JavaMailSender mailServer;

	@Autowired
	private MailOutboxJob outboxJob;

	@Autowired
	private JdbcTemplate jdbc;

	private TestNotifications fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new TestNotifications(registrations, organizations, notifications, transactions);
	}

	@Test
	void emailArrivesInChineseForAChineseReaderWithHtmlTextAndTheCalendar() throws Exception {
		UserAccount student = fixtures.student("mail-zh", Locale.SIMPLIFIED_CHINESE);

		fixtures.send(TestNotifications.bookingConfirmed(student.getId()));

		MimeMessage mail = TestMail.awaitMessageTo(student.getEmail(), WAIT);
		assertThat(mail.getSubject()).isEqualTo("预约成功：交通灯顺序控制，2026-11-24 10:00");
		assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("工赋学院");
		assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("noreply@academy.local");
		Map<String, List<Part>> parts = parts(mail);
		String text = (String) parts.get("text/plain").get(0).getContent();
		String html = (String) parts.get("text/html").get(0).getContent();
		assertThat(text).contains("您已预约实训 交通灯顺序控制：2026-11-24 10:00 至 2026-11-24 12:00")
			.contains("http://localhost:8080/bookings");
		assertThat(html).contains("lang=\"zh-CN\"").contains("交通灯顺序控制")
			.contains("href=\"http://localhost:8080/bookings\"").contains("在工赋学院中查看");
		Part calendar = parts.get("text/calendar").get(0);
		assertThat(calendar.getFileName()).isEqualTo("booking.ics");
		assertThat(calendar.getInputStream().readAllBytes()).isEqualTo(TestNotifications.CALENDAR);
		assertThat(outbox.status(notificationOf(student))).contains(EmailOutbox.Status.SENT);
	}

	@Test
	void emailIsInEnglishForAnEnglishReader() throws Exception {
		UserAccount student = fixtures.student("mail-en", Locale.ENGLISH);

		fixtures.send(TestNotifications.bookingConfirmed(student.getId()));

		MimeMessage mail = TestMail.awaitMessageTo(student.getEmail(), WAIT);
		assertThat(mail.getSubject()).isEqualTo("Booked: 交通灯顺序控制, 2026-11-24 10:00");
		Map<String, List<Part>> parts = parts(mail);
		assertThat((String) parts.get("text/plain").get(0).getContent())
			.contains("You booked the lab 交通灯顺序控制: 2026-11-24 10:00 to 2026-11-24 12:00")
			.contains("Open in Workforce Academy: http://localhost:8080/bookings");
		assertThat((String) parts.get("text/html").get(0).getContent()).contains("lang=\"en\"")
			.contains("Open in Workforce Academy");
		assertThat(parts).containsKey("text/calendar");
	}

	@Test
	void rolledBackTransactionLeavesNeitherNotificationNorEmail() throws Exception {
		UserAccount student = fixtures.student("mail-rollback", Locale.SIMPLIFIED_CHINESE);

		transactions.executeWithoutResult(status -> {
			notifications.send(TestNotifications.bookingConfirmed(student.getId()));
			status.setRollbackOnly();
		});

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifications WHERE user_id = ?", Integer.class,
				student.getId())).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_emails WHERE recipient = ?", Integer.class,
				student.getEmail())).isZero();
		Thread.sleep(1000);
		assertThat(TestMail.messagesTo(student.getEmail())).isEmpty();
	}

	@Test
	void unreachableMailServerLeavesTheEmailPendingAndALaterAttemptSendsIt() throws Exception {
		UserAccount student = fixtures.student("mail-retry", Locale.SIMPLIFIED_CHINESE);
		long id = sendNotDueUntilTomorrow(student);
		Clock tomorrow = Clock.offset(Clock.systemUTC(), Duration.ofDays(1).plusMinutes(1));

		EmailDelivery.Outcome first = delivery(closedPortServer(), tomorrow).deliver(id);

		assertThat(first).isEqualTo(EmailDelivery.Outcome.RETRY);
		Map<String, Object> row = row(id);
		assertThat(row.get("status")).isEqualTo("PENDING");
		assertThat(row.get("attempts")).isEqualTo(1);
		assertThat(row.get("claimed_until")).isNull();
		assertThat((String) row.get("last_error")).isNotBlank().hasSizeLessThanOrEqualTo(500);
		assertThat(((LocalDateTime) row.get("next_attempt_at")).toInstant(ZoneOffset.UTC))
			.isCloseTo(tomorrow.instant().plus(Backoff.after(1)), within(30, ChronoUnit.SECONDS));
		assertThat(delivery(mailServer, tomorrow).deliver(id)).as("not due before the backoff has passed")
			.isEqualTo(EmailDelivery.Outcome.SKIPPED);

		Clock later = Clock.offset(tomorrow, Duration.ofMinutes(2));
		assertThat(delivery(mailServer, later).deliver(id)).isEqualTo(EmailDelivery.Outcome.SENT);

		assertThat(TestMail.awaitMessageTo(student.getEmail(), WAIT).getSubject()).startsWith("预约成功");
		assertThat(row(id)).containsEntry("status", "SENT").containsEntry("attempts", 2);
	}

	@Test
	void emailStillUnsentAfterGiveUpAfterIsMarkedFailed() throws Exception {
		UserAccount student = fixtures.student("mail-give-up", Locale.SIMPLIFIED_CHINESE);
		long id = sendNotDueUntilTomorrow(student);
		Clock pastGiveUp = Clock.offset(Clock.systemUTC(), properties.giveUpAfter().plusMinutes(1));

		assertThat(delivery(closedPortServer(), pastGiveUp).deliver(id)).isEqualTo(EmailDelivery.Outcome.FAILED);

		assertThat(row(id)).containsEntry("status", "FAILED").containsEntry("attempts", 1);
		assertThat(delivery(mailServer, pastGiveUp).deliver(id))
			.isEqualTo(EmailDelivery.Outcome.SKIPPED);
		assertThat(jdbc.queryForObject("SELECT read_at IS NULL FROM notifications WHERE id = ?", Boolean.class, id))
			.as("the notification stays in the center, unread").isTrue();
	}

	@Test
	void twoNodesDeliveringTheSameEmailAtOnceSendItOnce() throws Exception {
		UserAccount student = fixtures.student("mail-claim", Locale.SIMPLIFIED_CHINESE);
		long id = sendNotDueUntilTomorrow(student);
		Clock tomorrow = Clock.offset(Clock.systemUTC(), Duration.ofDays(1).plusMinutes(1));
		List<CompletableFuture<EmailDelivery.Outcome>> attempts = new ArrayList<>();
		for (int node = 0; node < 4; node++) {
			EmailDelivery delivery = delivery(mailServer, tomorrow);
			attempts.add(CompletableFuture.supplyAsync(() -> delivery.deliver(id)));
		}

		List<EmailDelivery.Outcome> outcomes = attempts.stream().map(CompletableFuture::join).toList();

		assertThat(outcomes).containsOnlyOnce(EmailDelivery.Outcome.SENT)
			.containsOnly(EmailDelivery.Outcome.SENT, EmailDelivery.Outcome.SKIPPED);
		TestMail.awaitMessageTo(student.getEmail(), WAIT);
		Thread.sleep(500);
		assertThat(TestMail.messagesTo(student.getEmail())).hasSize(1);
	}

	@Test
	void outboxJobDoesNotSendAnEmailTwice() throws Exception {
		UserAccount student = fixtures.student("mail-job", Locale.SIMPLIFIED_CHINESE);
		fixtures.send(TestNotifications.bookingConfirmed(student.getId()));
		TestMail.awaitMessageTo(student.getEmail(), WAIT);

		outboxJob.run();
		outboxJob.run();

		Thread.sleep(1000);
		assertThat(TestMail.messagesTo(student.getEmail())).hasSize(1);
		assertThat(row(notificationOf(student))).containsEntry("status", "SENT").containsEntry("attempts", 1);
	}

	@Test
	void outboxJobSendsAnEmailThatIsDue() throws Exception {
		UserAccount student = fixtures.student("mail-due", Locale.SIMPLIFIED_CHINESE);
		long id = sendNotDueUntilTomorrow(student);
		jdbc.update("UPDATE notification_emails SET next_attempt_at = ? WHERE notification_id = ?",
				EmailOutbox.sql(Instant.now().minusSeconds(1)), id);

		outboxJob.run();

		assertThat(TestMail.awaitMessageTo(student.getEmail(), WAIT).getSubject()).startsWith("预约成功");
		assertThat(row(id)).containsEntry("status", "SENT");
	}

	/**
	 * Sends a notification whose email is not due until tomorrow, so neither the send after the commit nor the
	 * outbox job running meanwhile takes it: the test decides when it is tried, and against which server.
	 */
	private long sendNotDueUntilTomorrow(UserAccount student) {
		transactions.executeWithoutResult(status -> {
			notifications.send(TestNotifications.bookingConfirmed(student.getId()));
			jdbc.update("UPDATE notification_emails SET next_attempt_at = ? WHERE recipient = ?",
					EmailOutbox.sql(Instant.now().plus(Duration.ofDays(1))), student.getEmail());
		});
		return notificationOf(student);
	}

	private long notificationOf(UserAccount student) {
		return jdbc.queryForObject("SELECT id FROM notifications WHERE user_id = ?", Long.class, student.getId());
	}

	private Map<String, Object> row(long id) {
		return jdbc.queryForMap("SELECT status, attempts, claimed_until, last_error, next_attempt_at"
				+ " FROM notification_emails WHERE notification_id = ?", id);
	}

	private EmailDelivery delivery(JavaMailSender server, Clock clock) {
		return new EmailDelivery(outbox, composer, () -> server, properties, clock);
	}

	/** A mail server on a port nobody listens on: the connection is refused at once. */
	private static JavaMailSender closedPortServer() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		JavaMailSenderImpl closed = new JavaMailSenderImpl();
		closed.setHost("127.0.0.1");
		closed.setPort(port);
		closed.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		return closed;
	}

	/** The message's leaf parts by content type, e.g. {@code text/plain}. */
	private static Map<String, List<Part>> parts(Part part) throws Exception {
		Map<String, List<Part>> found = new TreeMap<>();
		collect(part, found);
		return found;
	}

	private static void collect(Part part, Map<String, List<Part>> found) throws Exception {
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				collect(child, found);
			}
			return;
		}
		String type = part.getContentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
		found.computeIfAbsent(type, t -> new ArrayList<>()).add(part);
	}

}
