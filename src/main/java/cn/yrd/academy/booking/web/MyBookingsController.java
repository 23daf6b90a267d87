package cn.yrd.academy.booking.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import cn.yrd.academy.booking.internal.BookingRefused;
import cn.yrd.academy.booking.internal.Bookings;
import cn.yrd.academy.booking.internal.MyBookings;
import cn.yrd.academy.booking.internal.Notices;
import cn.yrd.academy.booking.internal.Waitlist;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.shared.time.ClusterTime;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A student's bookings: upcoming and past, cancel and extend, the waitlist, and what happened to bookings
 * without them (notices).
 */
@Controller
class MyBookingsController {

	private final MyBookings myBookings;

	private final Bookings bookings;

	private final Waitlist waitlist;

	private final Notices notices;

	private final TrainingBases bases;

	private final Refusals refusals;

	private final MessageSource messages;

	private final ClusterTime time;

	private final Clock clock;

	MyBookingsController(MyBookings myBookings, Bookings bookings, Waitlist waitlist, Notices notices,
			TrainingBases bases, Refusals refusals, MessageSource messages, ClusterTime time, Clock clock) {
		this.messages = messages;
		this.time = time;
		this.myBookings = myBookings;
		this.bookings = bookings;
		this.waitlist = waitlist;
		this.notices = notices;
		this.bases = bases;
		this.refusals = refusals;
		this.clock = clock;
	}

	/** A notice with its message in the reader's language. */
	record ShownNotice(Notices.Notice notice, String text) {
	}

	@GetMapping("/bookings")
	String page(@AuthenticationPrincipal AcademyUser user, Locale locale, Model model) {
		List<MyBookings.Row> rows = myBookings.rows(user);
		model.addAttribute("upcoming", rows.stream().filter(MyBookings.Row::upcoming)
			.sorted(Comparator.comparing(row -> row.booking().getStartsAt())).toList());
		model.addAttribute("past", rows.stream().filter(row -> !row.upcoming()).toList());
		model.addAttribute("waiting", waitlist.mine(user));
		model.addAttribute("notices", notices.recent(user.id()).stream()
			.map(notice -> new ShownNotice(notice, text(notice, locale)))
			.toList());
		model.addAttribute("bases", bases.all());
		model.addAttribute("now", clock.instant());
		return "booking/my-bookings";
	}

	/** Block notices name the course, the base and the first start; booking notices the booking's number. */
	private String text(Notices.Notice notice, Locale locale) {
		List<Object> arguments = notice.arguments();
		Object[] shown = notice.blockId() == null ? arguments.toArray()
				: new Object[] { arguments.get(0),
						bases.find((Long) arguments.get(1)).map(base -> base.name().in(locale)).orElse(""),
						time.format((Instant) arguments.get(2)) };
		return messages.getMessage(notice.messageKey(), shown, locale);
	}

	@PostMapping("/bookings/{id}/cancel")
	String cancel(@PathVariable long id, @AuthenticationPrincipal AcademyUser user, Locale locale,
			RedirectAttributes redirect) {
		try {
			bookings.cancel(id, user);
			redirect.addFlashAttribute("messageKey", "booking.cancelled");
		}
		catch (BookingRefused refused) {
			refusals.flash(refused, locale, redirect);
		}
		return "redirect:/bookings";
	}

	@PostMapping("/bookings/{id}/extend")
	String extend(@PathVariable long id, @AuthenticationPrincipal AcademyUser user, Locale locale,
			RedirectAttributes redirect) {
		try {
			bookings.extend(id, user);
			redirect.addFlashAttribute("messageKey", "booking.extended");
		}
		catch (BookingRefused refused) {
			refusals.flash(refused, locale, redirect);
		}
		return "redirect:/bookings";
	}

	@PostMapping("/bookings/waitlist/{id}/leave")
	String leave(@PathVariable long id, @AuthenticationPrincipal AcademyUser user, RedirectAttributes redirect) {
		if (waitlist.leave(id, user)) {
			redirect.addFlashAttribute("messageKey", "booking.waitlist.left");
		}
		return "redirect:/bookings";
	}

	@PostMapping("/bookings/notices/read")
	String read(@AuthenticationPrincipal AcademyUser user) {
		notices.markRead(user.id());
		return "redirect:/bookings";
	}

}
