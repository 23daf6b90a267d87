package cn.yrd.academy.booking.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import cn.yrd.academy.booking.BookingChanged;
import cn.yrd.academy.booking.BookingEndingSoon;
import cn.yrd.academy.booking.BookingEnded;
import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.shared.time.TimeRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a booking's timed step as the booking stands when it runs, so a late, repeated or outdated firing does
 * no harm: a reminder is sent once, and only while the booking is still ahead; at its start a booking becomes
 * active; nobody connected by the no-show time makes it a no-show and hands the rest of the slot to the waitlist;
 * five minutes before its end {@link BookingEndingSoon} warns the student; at its end it is completed and
 * {@link BookingEnded} tells whatever runs for it to stop.
 */
@Service
public class BookingSteps {

	private static final Logger log = LoggerFactory.getLogger(BookingSteps.class);

	private final BookingRepository bookings;

	private final BookingRules rules;

	private final Cells cells;

	private final Notices notices;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	BookingSteps(BookingRepository bookings, BookingRules rules, Cells cells, Notices notices, JdbcTemplate jdbc,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.bookings = bookings;
		this.rules = rules;
		this.cells = cells;
		this.notices = notices;
		this.jdbc = jdbc;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Runs the step in its own transaction; time a no-show gave back goes to the waitlist once that committed.
	 *
	 * @param before for a reminder, how long before the start it is meant to come
	 */
	public void run(long bookingId, BookingLifecycle.Step step, Duration before) {
		Optional<SlotFreed> freed = transaction.execute(status -> runInTransaction(bookingId, step, before));
		freed.ifPresent(events::publishEvent);
	}

	private Optional<SlotFreed> runInTransaction(long bookingId, BookingLifecycle.Step step, Duration before) {
		Instant now = clock.instant();
		Booking booking = bookings.lockById(bookingId).orElse(null);
		if (booking == null) {
			return Optional.empty();
		}
		switch (step) {
			case REMINDER -> remind(booking, before, now);
			case START -> start(booking, now);
			case NO_SHOW -> {
				return noShow(booking, now);
			}
			case END_WARNING -> warn(booking, now);
			case END -> end(booking, now);
		}
		return Optional.empty();
	}

	/** Only the latest reminder due is sent: a day-before reminder that fires half an hour before says nothing. */
	private void remind(Booking booking, Duration before, Instant now) {
		Instant start = booking.getStartsAt();
		boolean shorterDue = rules.reminders().stream()
			.anyMatch(other -> other.compareTo(before) < 0 && !now.isBefore(start.minus(other)));
		if (booking.getStatus() != BookingStatus.CONFIRMED || !now.isBefore(start) || shorterDue) {
			return;
		}
		try {
			jdbc.update("INSERT INTO booking_reminders_sent (booking_id, before_minutes, sent_at) VALUES (?, ?, ?)",
					booking.getId(), before.toMinutes(), Cells.sql(now));
		}
		catch (DuplicateKeyException alreadySent) {
			return;
		}
		notices.reminder(booking);
	}

	private void start(Booking booking, Instant now) {
		if (booking.getStatus() == BookingStatus.CONFIRMED && !now.isBefore(booking.getStartsAt())
				&& now.isBefore(booking.getEndsAt())) {
			booking.activate(now);
			log.info("Booking {} started", booking.getId());
		}
	}

	private Optional<SlotFreed> noShow(Booking booking, Instant now) {
		if (!booking.getStatus().holdsTime() || booking.getAttendedAt() != null
				|| now.isBefore(booking.getStartsAt().plus(rules.noShowAfter())) || !now.isBefore(booking.getEndsAt())) {
			return Optional.empty();
		}
		cells.release(booking.getId());
		booking.markNoShow(now);
		bookings.flush();
		notices.noShow(booking);
		events.publishEvent(new BookingChanged(booking.getId(), BookingChanged.Change.CANCELLED));
		log.info("Booking {} is a no-show; its machine is free until {}", booking.getId(), booking.getEndsAt());
		return Optional.of(new SlotFreed(booking.getBaseId(), new TimeRange(now, booking.getEndsAt())));
	}

	private void warn(Booking booking, Instant now) {
		if (booking.getStatus().holdsTime() && !now.isBefore(booking.getEndsAt().minus(BookingLifecycle.WARNING))
				&& now.isBefore(booking.getEndsAt())) {
			events.publishEvent(new BookingEndingSoon(booking.getId(), booking.getMachineId(), booking.getUserId(),
					booking.getEndsAt()));
		}
	}

	private void end(Booking booking, Instant now) {
		if (booking.getStatus().holdsTime() && !now.isBefore(booking.getEndsAt())) {
			booking.complete(now);
			events.publishEvent(new BookingEnded(booking.getId(), booking.getMachineId(), booking.getUserId()));
			log.info("Booking {} ended", booking.getId());
		}
	}

}
