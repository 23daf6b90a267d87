package cn.yrd.academy.remote.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import cn.yrd.academy.booking.LabBooking;
import cn.yrd.academy.booking.LabBookings;
import cn.yrd.academy.catalog.LabExerciseSummary;
import cn.yrd.academy.catalog.LabExercises;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.LabMachines;
import cn.yrd.academy.remote.internal.LiveSessions;
import cn.yrd.academy.shared.time.ClockConfiguration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The lab page: the remote machine's display, the exercise's instructions beside it, and the booking's time.
 * The page itself holds no connection detail; it asks for a connect token when it connects.
 */
@Controller
class LabSessionController {

	private final LabBookings bookings;

	private final LabMachines machines;

	private final LabExercises exercises;

	private final LiveSessions live;

	private final Clock clock;

	LabSessionController(LabBookings bookings, LabMachines machines, LabExercises exercises, LiveSessions live,
			Clock clock) {
		this.live = live;
		this.bookings = bookings;
		this.machines = machines;
		this.exercises = exercises;
		this.clock = clock;
	}

	/**
	 * What the page polls: whether the booking still holds the machine, and how long it has left by the server's
	 * clock (the browser's may be wrong), so an extension shows at once; who is watching, for the student must
	 * know when they are observed; and the lab admin's note when one ended the session.
	 */
	record SessionStatus(String status, boolean open, OffsetDateTime end, long secondsLeft, List<String> observers,
			String endNote) {
	}

	@GetMapping("/labs/session/{bookingId}")
	String page(@PathVariable long bookingId, @AuthenticationPrincipal AcademyUser user, Locale locale, Model model) {
		LabBooking booking = own(bookingId, user);
		model.addAttribute("booking", booking);
		model.addAttribute("machine", machines.find(booking.machineId()).map(LabMachine::name).orElse(""));
		model.addAttribute("labTitle", exercises.find(booking.courseCode(), booking.labSlug(), user)
			.map(LabExerciseSummary::title).map(title -> title.in(locale)).orElse(booking.labSlug()));
		model.addAttribute("instructions",
				exercises.instructionsHtml(booking.courseCode(), booking.labSlug(), user).orElse(null));
		model.addAttribute("open", booking.holdsMachineAt(clock.instant()));
		return "remote/lab-session";
	}

	@GetMapping("/labs/session/{bookingId}/status")
	@ResponseBody
	SessionStatus status(@PathVariable long bookingId, @AuthenticationPrincipal AcademyUser user) {
		LabBooking booking = own(bookingId, user);
		Instant now = clock.instant();
		long left = Math.max(0, Duration.between(now, booking.end()).toSeconds());
		return new SessionStatus(booking.status().name(), booking.holdsMachineAt(now),
				booking.end().atZone(ClockConfiguration.CLUSTER_ZONE).toOffsetDateTime(), left,
				live.observersOfBooking(bookingId), live.endNote(bookingId).orElse(null));
	}

	private LabBooking own(long bookingId, AcademyUser user) {
		return bookings.find(bookingId)
			.filter(booking -> booking.userId() == user.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
