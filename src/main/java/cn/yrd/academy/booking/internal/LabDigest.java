package cn.yrd.academy.booking.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.identity.UserDirectory;
import cn.yrd.academy.identity.UserSummary;
import cn.yrd.academy.notification.Notification;
import cn.yrd.academy.notification.Notifications;
import cn.yrd.academy.scheduling.RecurringJob;
import cn.yrd.academy.shared.time.ClockConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recurring job {@code lab-digest} (scheduler/jobs.yaml): each evening every lab admin gets tomorrow's bookings at
 * their base, one line per booking. A base with nothing booked gets no digest. Sent once per base and day,
 * however often the job runs.
 */
@Component
class LabDigest implements RecurringJob {

	private static final Logger log = LoggerFactory.getLogger(LabDigest.class);

	private final TrainingBases bases;

	private final UserDirectory users;

	private final BookingRepository bookings;

	private final Notices notices;

	private final Notifications notifications;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	LabDigest(TrainingBases bases, UserDirectory users, BookingRepository bookings, Notices notices,
			Notifications notifications, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.bases = bases;
		this.users = users;
		this.bookings = bookings;
		this.notices = notices;
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public String name() {
		return "lab-digest";
	}

	@Override
	public void run() {
		LocalDate tomorrow = LocalDate.now(clock.withZone(ClockConfiguration.CLUSTER_ZONE)).plusDays(1);
		int sent = 0;
		for (TrainingBaseSummary base : bases.all()) {
			// each base in its own transaction: one failing base must not hold back the others' digests
			try {
				Boolean done = transaction.execute(status -> send(base, tomorrow));
				sent += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			catch (RuntimeException failed) {
				log.error("Lab digest for base {} ({}) failed", base.id(), base.code(), failed);
			}
		}
		log.info("Lab digest for {}: sent for {} bases", tomorrow, sent);
	}

	/** Sends the base's digest for the day unless it has no lab admin, nothing booked, or was sent already. */
	boolean send(TrainingBaseSummary base, LocalDate day) {
		List<Long> admins = users.labAdminsOf(base.id());
		Instant from = day.atStartOfDay(ClockConfiguration.CLUSTER_ZONE).toInstant();
		List<Booking> booked = bookings.atBaseBetween(base.id(), Bookings.HOLDING, from,
				day.plusDays(1).atStartOfDay(ClockConfiguration.CLUSTER_ZONE).toInstant());
		if (admins.isEmpty() || booked.isEmpty()) {
			return false;
		}
		try {
			jdbc.update("INSERT INTO lab_digests_sent (base_id, day, sent_at) VALUES (?, ?, ?)", base.id(), day,
					Cells.sql(clock.instant()));
		}
		catch (DuplicateKeyException alreadySent) {
			return false;
		}
		Map<Long, UserSummary> students = users.summaries(booked.stream().map(Booking::getUserId).toList());
		List<Notification.Line> lines = booked.stream()
			.map(booking -> Notification.Line.of("notification.lab-digest.line", booking.getStartsAt(),
					booking.getEndsAt(), notices.machineName(booking.getMachineId()), notices.title(booking),
					students.containsKey(booking.getUserId()) ? students.get(booking.getUserId()).displayName() : ""))
			.toList();
		for (long admin : admins) {
			notifications.send(new Notification(admin, "lab-digest", List.of(base.name(), day.toString(),
					booked.size()), lines, "/labadmin/calendar", null));
		}
		return true;
	}

}
