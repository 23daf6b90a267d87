package cn.yrd.academy.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestBookers;
import cn.yrd.academy.support.TestMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What a student finds in their mailbox (GreenMail, a real SMTP server in the test JVM): the confirmation and the
 * reminder, in Chinese, each with the booking as a calendar event that calendar apps can read.
 */
@IntegrationTest
class BookingMailIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	private Bookings bookings;

	@Autowired
	private BookingRepository repository;

	@Autowired
	private BookingRules rules;

	@Autowired
	private Cells cells;

	@Autowired
	private Notices notices;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Enrollments enrollments;

	@Test
	void theConfirmationAndTheReminderArriveInChineseWithTheCalendarEvent() throws Exception {
		AcademyUser student = new TestBookers(registrations, organizations, users, enrollments)
			.enrolledStudent("mailed");
		String address = student.getUsername() + "@example.cn";
		Instant start = TestBookers.nextWeek(DayOfWeek.MONDAY, LocalTime.of(10, 0));
		Booking booking = bookings.book(new Bookings.Request(TestBookers.COURSE, TestBookers.LAB, start, null,
				TestBookers.OWN_BASE), student, null);

		MimeMessage confirmation = TestMail.awaitMessageTo(address, WAIT);
		assertThat(confirmation.getSubject()).startsWith("预约成功").contains("交通灯");
		assertEvent(calendarIn(confirmation), booking);
		assertThat((String) part(confirmation, "text/plain").getContent()).as("says what the attachment is")
			.contains("booking-" + booking.getId() + ".ics", "日历事件");

		new BookingSteps(repository, rules, cells, notices, jdbc, events, transactionManager,
				Clock.fixed(start.minus(Duration.ofDays(1)), ZoneOffset.UTC))
			.run(booking.getId(), BookingLifecycle.Step.REMINDER, Duration.ofDays(1));

		MimeMessage reminder = awaitSecondMessageTo(address);
		assertThat(reminder.getSubject()).startsWith("实训提醒");
		assertEvent(calendarIn(reminder), booking);
	}

	private static void assertEvent(Calendar calendar, Booking booking) {
		calendar.validate();
		VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
		assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
			.isEqualTo(CalendarFeedWriter.uid(booking.getId()));
		assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue())
			.isEqualTo(booking.getStartsAt().toString().replace("-", "").replace(":", ""));
	}

	private static MimeMessage awaitSecondMessageTo(String address) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			if (TestMail.messagesTo(address).size() >= 2) {
				return TestMail.messagesTo(address).get(1);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no second email to " + address + " within " + WAIT);
	}

	/** The text/calendar attachment, parsed by ical4j. */
	private static Calendar calendarIn(Part message) throws Exception {
		try (InputStream in = part(message, "text/calendar").getInputStream()) {
			return new CalendarBuilder().build(in);
		}
	}

	/** The first leaf part of the type. */
	private static Part part(Part part, String type) throws Exception {
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				Part found = part(multipart.getBodyPart(i), type);
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		return part.getContentType().toLowerCase().startsWith(type) ? part : null;
	}

}
