package cn.yrd.academy.booking.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.yrd.academy.booking.BookingChanged;
import cn.yrd.academy.catalog.LabExerciseSummary;
import cn.yrd.academy.catalog.LabExercises;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.LabMachines;
import cn.yrd.academy.notification.Notification;
import cn.yrd.academy.notification.Notifications;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What booking tells people, through their notification center and email: confirmations with the calendar
 * event, reminders (with it again), moves and cancellations they did not make, no-shows, class block decisions. Each is sent
 * inside the transaction of what it tells about.
 *
 * <p>
 * Every booking notification takes the same first five arguments: the lab's title, start, end, the machine's
 * name and the base's name; a note by the lab admin follows as a line. Reminders and no-shows add the no-show
 * time in minutes, moves and cancellations the reason.
 */
@Component
class Notices {

	static final String LINK = "/bookings";

	private final Notifications notifications;

	private final LabExercises labs;

	private final LabMachines machines;

	private final TrainingBases bases;

	private final CalendarFeedWriter calendar;

	private final BookingRepository bookings;

	private final BookingRules rules;

	private final JdbcTemplate jdbc;

	Notices(Notifications notifications, LabExercises labs, LabMachines machines, TrainingBases bases,
			CalendarFeedWriter calendar, BookingRepository bookings, BookingRules rules, JdbcTemplate jdbc) {
		this.rules = rules;
		this.notifications = notifications;
		this.bookings = bookings;
		this.jdbc = jdbc;
		this.labs = labs;
		this.machines = machines;
		this.bases = bases;
		this.calendar = calendar;
	}

	/**
	 * A booking was made: by the student, or for them from the waitlist (known only once the waitlist entry is
	 * handed over, so this runs just before the commit). The calendar event is attached.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(BookingChanged changed) {
		if (changed.change() == BookingChanged.Change.BOOKED) {
			Booking booking = bookings.findById(changed.bookingId()).orElseThrow();
			Integer granted = jdbc.queryForObject("SELECT COUNT(*) FROM waitlist_entries WHERE booking_id = ?",
					Integer.class, booking.getId());
			booked(booking, granted != null && granted > 0);
		}
	}

	private void booked(Booking booking, boolean fromWaitlist) {
		notifications.send(withCalendar(about(booking, fromWaitlist ? "waitlist-granted" : "booking-confirmed"),
				booking));
	}

	/** With the calendar event again: whoever did not add it at booking can add it now. */
	void reminder(Booking booking) {
		notifications.send(withCalendar(about(booking, "booking-reminder", rules.noShowAfter().toMinutes()), booking));
	}

	/** Moved to another machine by someone else or something else: maintenance, the machine going offline. */
	void moved(Booking booking, String reasonKey, String note) {
		notifications.send(withNote(about(booking, "booking-moved", new Notification.Message(reasonKey)), note));
	}

	/** Cancelled by someone else or something else: maintenance, a closure, new opening hours. */
	void cancelled(Booking booking, String reasonKey, String note) {
		notifications.send(withNote(about(booking, "booking-cancelled", new Notification.Message(reasonKey)), note));
	}

	void noShow(Booking booking) {
		notifications.send(about(booking, "booking-no-show", rules.noShowAfter().toMinutes()));
	}

	void blockDecided(ClassBlock block, boolean approved, String note) {
		Notification decided = Notification.of(block.getRequestedBy(), approved ? "block-approved" : "block-rejected",
				block.getCourseCode(), baseName(block.getBaseId()), block.getStartsAt(), block.getWeeks());
		notifications.send(withNote(decided, note).withLink("/instructor/blocks"));
	}

	String machineName(long machineId) {
		return machines.find(machineId).map(LabMachine::name).orElse("#" + machineId);
	}

	private Notification about(Booking booking, String kind, Object... more) {
		List<Object> arguments = new ArrayList<>(List.of(title(booking), booking.getStartsAt(), booking.getEndsAt(),
				machineName(booking.getMachineId()),
				baseName(booking.getBaseId())));
		arguments.addAll(List.of(more));
		return new Notification(booking.getUserId(), kind, arguments, List.of(), LINK, null);
	}

	private Notification withCalendar(Notification notification, Booking booking) {
		return notification.withAttachment(new Notification.Attachment("booking-" + booking.getId() + ".ics",
				"text/calendar", calendar.write(List.of(booking)).getBytes(StandardCharsets.UTF_8)));
	}

	private static Notification withNote(Notification notification, String note) {
		return note == null || note.isBlank() ? notification
				: notification.withLines(List.of(Notification.Line.of("notification.note", note)));
	}

	/** The title as the student saw it when booking; the course code and lab slug if it is gone since. */
	Object title(Booking booking) {
		AcademyUser student = new AcademyUser(booking.getUserId(), "", "", booking.getOrganizationId(), null,
				Set.of(Role.STUDENT), null, true, true);
		return labs.find(booking.getCourseCode(), booking.getLabSlug(), student)
			.<Object>map(LabExerciseSummary::title)
			.orElse(booking.getCourseCode() + " " + booking.getLabSlug());
	}

	Object baseName(long baseId) {
		return bases.find(baseId).<Object>map(TrainingBaseSummary::name).orElse("#" + baseId);
	}

}
