package cn.yrd.academy.support;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;

import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.shared.time.ClockConfiguration;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Students ready to book: registered (宁波职业技术学院, whose own base NBPT-ROBOTICS has two PLC trainers and
 * no quota limit) and enrolled in PLC-101. Tests share one database, so each test books its own day and hours:
 * the browser test uses Thursdays and Fridays, class blocks and calendar feeds Tuesdays, the booking tests
 * Wednesdays, Saturdays and Sundays, the booking lifecycle tests Mondays.
 */
public final class TestBookers {

	public static final String COURSE = "PLC-101";

	/** 120 minutes on a plc-s7-1200 trainer. */
	public static final String LAB = "traffic-light-sequence";

	public static final String OWN_BASE = "NBPT-ROBOTICS";

	private final TestStudents students;

	private final UserDetailsService users;

	private final Enrollments enrollments;

	public TestBookers(Registrations registrations, OrganizationRepository organizations, UserDetailsService users,
			Enrollments enrollments) {
		this.students = new TestStudents(registrations, organizations);
		this.users = users;
		this.enrollments = enrollments;
	}

	/** A new student enrolled in PLC-101, as the signed-in principal. */
	public AcademyUser enrolledStudent(String prefix) {
		AcademyUser student = student(prefix);
		enrollments.enroll(COURSE, student).orElseThrow();
		return student;
	}

	public AcademyUser student(String prefix) {
		String username = students.register(prefix).getUsername();
		return (AcademyUser) users.loadUserByUsername(username);
	}

	/** The given weekday at the time (Asia/Shanghai), at least a week and at most 13 days ahead. */
	public static Instant nextWeek(DayOfWeek day, LocalTime time) {
		LocalDate date = LocalDate.now(ClockConfiguration.CLUSTER_ZONE).plusDays(7)
			.with(TemporalAdjusters.nextOrSame(day));
		return date.atTime(time).atZone(ClockConfiguration.CLUSTER_ZONE).toInstant();
	}

}
