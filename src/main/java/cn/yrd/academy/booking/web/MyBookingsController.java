package cn.yrd.academy.booking.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import cn.yrd.academy.booking.internal.BookingRefused;
import cn.yrd.academy.booking.internal.Bookings;
import cn.yrd.academy.booking.internal.MyBookings;
import cn.yrd.academy.booking.internal.Waitlist;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.TrainingBases;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A student's bookings: upcoming and past, cancel and extend, and the waitlist. What happened to bookings
 * without the student is in their notification center.
 */
@Controller
class MyBookingsController {

	private final MyBookings myBookings;

	private final Bookings bookings;

	private final Waitlist waitlist;

	private final TrainingBases bases;

	private final Refusals refusals;

	private final Clock clock;

	MyBookingsController(MyBookings myBookings, Bookings bookings, Waitlist waitlist,
			TrainingBases bases, Refusals refusals, Clock clock) {
		this.myBookings = myBookings;
		this.bookings = bookings;
		this.waitlist = waitlist;
		this.bases = bases;
		this.refusals = refusals;
		this.clock = clock;
	}

	@GetMapping("/bookings")
	String page(@AuthenticationPrincipal AcademyUser user, Model model) {
		List<MyBookings.Row> rows = myBookings.rows(user);
		model.addAttribute("upcoming", rows.stream().filter(MyBookings.Row::upcoming)
			.sorted(Comparator.comparing(row -> row.booking().getStartsAt())).toList());
		model.addAttribute("past", rows.stream().filter(row -> !row.upcoming()).toList());
		model.addAttribute("waiting", waitlist.mine(user));
		model.addAttribute("bases", bases.all());
		model.addAttribute("now", clock.instant());
		return "booking/my-bookings";
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

}
