package cn.yrd.academy.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.identity.UserDirectory;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.notification.internal.NotificationCenter;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestBookers;
import cn.yrd.academy.support.TestInbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evening digest tells a base's lab admins what is booked there tomorrow, once per day.
 */
@IntegrationTest
class LabDigestIntegrationTests {

	private static final String BASE = "SJTU-MINHANG";

	@Autowired
	private LabDigest digest;

	@Autowired
	private Bookings bookings;

	@Autowired
	private TrainingBases bases;

	@Autowired
	private UserDirectory users;

	@Autowired
	private NotificationCenter notificationCenter;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private UserDetailsService userDetails;

	@Autowired
	private Enrollments enrollments;

	@Test
	void labAdminsGetTheDaysBookingsAtTheirBaseOnce() {
		TestBookers bookers = new TestBookers(registrations, organizations, userDetails, enrollments);
		AcademyUser student = bookers.enrolledStudent("digest");
		Instant start = TestBookers.nextWeek(DayOfWeek.MONDAY, LocalTime.of(19, 0));
		bookings.book(new Bookings.Request(TestBookers.COURSE, TestBookers.LAB, start, null, BASE), student, null);
		TrainingBaseSummary base = bases.findByCode(BASE).orElseThrow();
		LocalDate day = start.atZone(ClockConfiguration.CLUSTER_ZONE).toLocalDate();
		long labAdmin = users.labAdminsOf(base.id()).get(0);

		assertThat(sent(base, day)).isTrue();
		assertThat(sent(base, day)).as("once per base and day").isFalse();

		NotificationCenter.Shown shown = new TestInbox(notificationCenter).shown(labAdmin, Locale.SIMPLIFIED_CHINESE)
			.get(0);
		assertThat(shown.kind()).isEqualTo("lab-digest");
		assertThat(shown.subject()).contains("明日预约", day.toString());
		assertThat(shown.lines()).anySatisfy(line -> assertThat(line).contains(day + " 19:00", student.displayName(),
				"交通灯"));
		assertThat(shown.link()).isEqualTo("/labadmin/calendar");
	}

	@Test
	void aDayWithNothingBookedSendsNoDigest() {
		TrainingBaseSummary base = bases.findByCode(BASE).orElseThrow();
		LocalDate farAway = LocalDate.now(ClockConfiguration.CLUSTER_ZONE).plusYears(3);
		assertThat(sent(base, farAway)).isFalse();
	}

	private boolean sent(TrainingBaseSummary base, LocalDate day) {
		return Boolean.TRUE.equals(transactions.execute(status -> digest.send(base, day)));
	}

}
