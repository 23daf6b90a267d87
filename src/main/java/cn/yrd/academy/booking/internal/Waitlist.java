package cn.yrd.academy.booking.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import cn.yrd.academy.catalog.LabExerciseSummary;
import cn.yrd.academy.catalog.LabExercises;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.shared.time.ClockConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Students waiting for a slot at a base where no machine was free. When a cancellation frees time there,
 * the slot goes to the first waiting student for whom booking it passes every rule, and they are told.
 */
@Service
public class Waitlist {

	private static final Logger log = LoggerFactory.getLogger(Waitlist.class);

	public enum Status {
		WAITING, GRANTED, EXPIRED, LEFT
	}

	/** A student's place in the queue, as their bookings page lists it. */
	public record Entry(long id, String course, String lab, long baseId, Instant start, Status status,
			Long bookingId, Instant createdAt) {
	}

	private final JdbcTemplate jdbc;

	private final Bookings bookings;

	private final BookingRules rules;

	private final LabExercises labs;

	private final TrainingBases bases;

	private final Availability availability;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Waitlist(JdbcTemplate jdbc, Bookings bookings, BookingRules rules, LabExercises labs, TrainingBases bases,
			Availability availability, PlatformTransactionManager transactions, Clock clock) {
		this.transaction = new TransactionTemplate(transactions);
		this.jdbc = jdbc;
		this.bookings = bookings;
		this.rules = rules;
		this.labs = labs;
		this.bases = bases;
		this.availability = availability;
		this.clock = clock;
	}

	/**
	 * Puts the student in the queue for the slot at the base. Refused when a machine is free there (book it
	 * instead), when the slot could never be booked, or when the student already waits for it.
	 */
	@Transactional
	public long join(String course, String lab, String baseCode, Instant start, AcademyUser student) {
		if (!student.hasRole(Role.STUDENT)) {
			throw new BookingRefused(Refusal.NOT_A_STUDENT);
		}
		LabExerciseSummary exercise = labs.find(course, lab, student)
			.orElseThrow(() -> new BookingRefused(Refusal.UNKNOWN_LAB));
		if (!labs.isEnrolled(student.id(), exercise.courseCode())) {
			throw new BookingRefused(Refusal.NOT_ENROLLED);
		}
		TrainingBaseSummary base = bases.findByCode(baseCode == null ? "" : baseCode)
			.orElseThrow(() -> new BookingRefused(Refusal.UNKNOWN_BASE));
		rules.slot(start, SlotGrid.slotLength(exercise.minutes()), clock.instant());
		boolean free = availability
			.slots(exercise, student, new Availability.Filter(start.atZone(ClockConfiguration.CLUSTER_ZONE).toLocalDate(), 1, baseCode,
					null))
			.stream()
			.anyMatch(slot -> slot.range().start().equals(start));
		if (free) {
			throw new BookingRefused(Refusal.SLOT_FREE);
		}
		Integer waiting = jdbc.queryForObject("SELECT COUNT(*) FROM waitlist_entries WHERE user_id = ? AND base_id = ?"
				+ " AND starts_at = ? AND course_code = ? AND lab_slug = ? AND status = 'WAITING'", Integer.class,
				student.id(), base.id(), Cells.sql(start), exercise.courseCode(), exercise.slug());
		if (waiting != null && waiting > 0) {
			throw new BookingRefused(Refusal.ALREADY_WAITING);
		}
		jdbc.update("INSERT INTO waitlist_entries (user_id, organization_id, course_code, lab_slug, base_id, starts_at,"
				+ " status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'WAITING', ?)", student.id(),
				student.organizationId(), exercise.courseCode(), exercise.slug(), base.id(), Cells.sql(start),
				Cells.sql(clock.instant()));
		return jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
	}

	/**
	 * Entries whose slot started more than the no-show time ago were not served: they expire. Until then a
	 * no-show may still hand them the rest of the slot.
	 */
	@Transactional
	public int expire(Instant now) {
		return jdbc.update("UPDATE waitlist_entries SET status = 'EXPIRED' WHERE status = 'WAITING' AND starts_at < ?",
				Cells.sql(now.minus(rules.noShowAfter())));
	}

	/** The entry's slot, or the rest of it when it has started (its booked student did not come). */
	private Bookings.Request request(Object[] entry, String baseCode, AcademyUser student, Instant now) {
		String course = (String) entry[3];
		String lab = (String) entry[4];
		Instant start = (Instant) entry[5];
		if (start.isAfter(now)) {
			return new Bookings.Request(course, lab, start, null, baseCode);
		}
		int minutes = labs.find(course, lab, student).map(LabExerciseSummary::minutes)
			.orElseThrow(() -> new BookingRefused(Refusal.UNKNOWN_LAB));
		return new Bookings.Request(course, lab, null, null, baseCode, start.plus(SlotGrid.slotLength(minutes)));
	}

	@Transactional
	public boolean leave(long entryId, AcademyUser student) {
		return jdbc.update("UPDATE waitlist_entries SET status = 'LEFT' WHERE id = ? AND user_id = ?"
				+ " AND status = 'WAITING'", entryId, student.id()) == 1;
	}

	@Transactional(readOnly = true)
	public List<Entry> mine(AcademyUser student) {
		return jdbc.query("SELECT id, course_code, lab_slug, base_id, starts_at, status, booking_id, created_at"
				+ " FROM waitlist_entries WHERE user_id = ? AND starts_at > ? ORDER BY starts_at",
				(rs, row) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						Cells.instant(rs.getTimestamp(5)), Status.valueOf(rs.getString(6)), rs.getObject(7, Long.class),
						Cells.instant(rs.getTimestamp(8))),
				student.id(), Cells.sql(clock.instant().minus(Duration.ofDays(1))));
	}

	/** Offers freed time to the queue, first come first served, each through every booking rule. */
	@EventListener
	void on(SlotFreed freed) {
		Instant now = clock.instant();
		expire(now);
		List<Object[]> waiting = jdbc.query("SELECT id, user_id, organization_id, course_code, lab_slug, starts_at"
				+ " FROM waitlist_entries WHERE base_id = ? AND status = 'WAITING' AND starts_at >= ? AND starts_at < ?"
				+ " ORDER BY created_at, id", (rs, row) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getLong(3),
						rs.getString(4), rs.getString(5), Cells.instant(rs.getTimestamp(6)) },
				freed.baseId(), Cells.sql(freed.range().start().minus(rules.maxLength())),
				Cells.sql(freed.range().end()));
		String baseCode = bases.find(freed.baseId()).orElseThrow().code();
		for (Object[] entry : waiting) {
			long entryId = (Long) entry[0];
			long userId = (Long) entry[1];
			AcademyUser student = new AcademyUser(userId, "", "", (Long) entry[2], null, Set.of(Role.STUDENT), null,
					true, true);
			try {
				// The booking, the entry's hand-over and the student's notification commit together, and only while the
				// student is still waiting (they may have left the queue meanwhile).
				transaction.executeWithoutResult(status -> {
					Booking booking = bookings.book(request(entry, baseCode, student, now), student,
							"waitlist-" + entryId);
					if (jdbc.update("UPDATE waitlist_entries SET status = 'GRANTED', booking_id = ? WHERE id = ?"
							+ " AND status = 'WAITING'", booking.getId(), entryId) != 1) {
						throw new BookingRefused(Refusal.NOT_WAITING);
					}
				});
			}
			catch (BookingRefused refused) {
				log.debug("Waitlist entry {} not served: {}", entryId, refused.refusal());
			}
			catch (RuntimeException failed) {
				// The cancellation that freed the slot is committed; one entry failing must not undo that for
				// its student or keep the next entries from their turn.
				log.warn("Waitlist entry {} could not be served", entryId, failed);
			}
		}
	}

}
