package cn.yrd.academy.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.identity.internal.UserAccount;
import cn.yrd.academy.support.TestStudents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications and their recipients for tests: fresh students (in Chinese or English) and a
 * {@code booking-confirmed} notification with a link and a small calendar attachment, sent in a transaction
 * of its own as a booking would send it.
 */
public final class TestNotifications {

	/** 2026-11-24 10:00 to 12:00 in Asia/Shanghai. */
	public static final Instant START = Instant.parse("2026-11-24T02:00:00Z");

	public static final Instant END = Instant.parse("2026-11-24T04:00:00Z");

	public static final byte[] CALENDAR = """
			BEGIN:VCALENDAR\r
			VERSION:2.0\r
			PRODID:-//academy//test//EN\r
			BEGIN:VEVENT\r
			UID:test@academy.local\r
			DTSTART:20261124T020000Z\r
			DTEND:20261124T040000Z\r
			SUMMARY:交通灯顺序控制\r
			END:VEVENT\r
			END:VCALENDAR\r
			""".getBytes(StandardCharsets.UTF_8);

	private final Registrations registrations;

	private final OrganizationRepository organizations;

	private final Notifications notifications;

	private final TransactionTemplate transactions;

	public TestNotifications(Registrations registrations, OrganizationRepository organizations,
			Notifications notifications, TransactionTemplate transactions) {
		this.registrations = registrations;
		this.organizations = organizations;
		this.notifications = notifications;
		this.transactions = transactions;
	}

	/** A new student of 宁波职业技术学院 reading in the given language. */
	public UserAccount student(String prefix, Locale locale) {
		String username = TestStudents.uniqueUsername(prefix);
		return registrations.registerStudent(new Registrations.NewAccount(username, "通知测试" + username,
				username + "@example.cn", null, TestStudents.PASSWORD, locale),
				new TestStudents(registrations, organizations).organizationId());
	}

	public static Notification bookingConfirmed(long userId) {
		return Notification.of(userId, "booking-confirmed", "交通灯顺序控制", START, END, "S7-1200 实训台 1", "宁波职业技术学院机器人实训基地")
			.withLink("/bookings")
			.withAttachment(new Notification.Attachment("booking.ics", "text/calendar", CALENDAR));
	}

	/** Sends the notification in a transaction of its own, which commits. */
	public void send(Notification notification) {
		transactions.executeWithoutResult(status -> notifications.send(notification));
	}

}
