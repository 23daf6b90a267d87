package cn.yrd.academy.booking.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.yrd.academy.booking.internal.Availability;
import cn.yrd.academy.booking.internal.BookingRefused;
import cn.yrd.academy.booking.internal.Bookings;
import cn.yrd.academy.booking.internal.Refusal;
import cn.yrd.academy.booking.internal.Waitlist;
import cn.yrd.academy.catalog.LabExerciseSummary;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.shared.time.ClockConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A lab exercise's booking page: free slots as a calendar and a list, filtered by base and province; the
 * confirm page for one slot; "reserve now"; the waitlist for a full slot.
 */
@Controller
class LabBookingController {

	private static final int LIST_DAYS = 7;

	private final Availability availability;

	private final Bookings bookings;

	private final Waitlist waitlist;

	private final Refusals refusals;

	private final MessageSource messages;

	LabBookingController(Availability availability, Bookings bookings, Waitlist waitlist, Refusals refusals,
			MessageSource messages) {
		this.availability = availability;
		this.bookings = bookings;
		this.waitlist = waitlist;
		this.refusals = refusals;
		this.messages = messages;
	}

	/** Free slots of a day at one base: how many machines are free at each start. */
	record DayAtBase(TrainingBaseSummary base, Map<Instant, Integer> freeMachines) {
	}

	/** A calendar event: free machines of one base at one start, in Asia/Shanghai wall time. */
	record CalendarEvent(String title, LocalDateTime start, LocalDateTime end, String url) {
	}

	@GetMapping("/labs/{course}/{lab}")
	String page(@PathVariable String course, @PathVariable String lab,
			@RequestParam(required = false) String base, @RequestParam(required = false) Province province,
			@RequestParam(required = false) LocalDate from, @AuthenticationPrincipal AcademyUser user,
			Locale locale, Model model) {
		LabExerciseSummary exercise = exercise(course, lab, user);
		LocalDate today = LocalDate.now(ClockConfiguration.CLUSTER_ZONE);
		// Slots lie within the booking horizon; a date far beyond it shows the empty list of the last weeks.
		LocalDate start = from == null || from.isBefore(today) ? today
				: from.isAfter(today.plusYears(1)) ? today.plusYears(1) : from;
		List<Availability.Slot> slots = availability.slots(exercise, user,
				new Availability.Filter(start, LIST_DAYS, base, province));
		model.addAttribute("exercise", exercise);
		model.addAttribute("bases", availability.basesFor(exercise));
		model.addAttribute("provinces", Province.values());
		model.addAttribute("selectedBase", base);
		model.addAttribute("selectedProvince", province);
		model.addAttribute("from", start);
		model.addAttribute("previousWeek", start.minusDays(LIST_DAYS).isBefore(today) ? null : start.minusDays(LIST_DAYS));
		model.addAttribute("nextWeek", start.plusDays(LIST_DAYS));
		model.addAttribute("days", byDay(slots));
		model.addAttribute("freeNow", availability.freeNow(exercise, user));
		return "booking/lab";
	}

	@GetMapping(value = "/labs/{course}/{lab}/slots", produces = "application/json")
	@ResponseBody
	List<CalendarEvent> events(@PathVariable String course, @PathVariable String lab,
			@RequestParam String start, @RequestParam(required = false) String base,
			@RequestParam(required = false) Province province, @AuthenticationPrincipal AcademyUser user,
			Locale locale) {
		LabExerciseSummary exercise = exercise(course, lab, user);
		LocalDate from;
		try {
			from = LocalDate.parse(start.substring(0, Math.min(10, start.length())));
		}
		catch (DateTimeParseException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		List<Availability.Slot> slots = availability.slots(exercise, user,
				new Availability.Filter(from, LIST_DAYS, base, province));
		Map<String, List<Availability.Slot>> grouped = slots.stream()
			.collect(Collectors.groupingBy(slot -> slot.base().code() + "@" + slot.range().start(), LinkedHashMap::new,
					Collectors.toList()));
		return grouped.values().stream().map(group -> {
			Availability.Slot first = group.get(0);
			// The free machines first: a calendar event shows one line, and a long base name cut it off.
			return new CalendarEvent(messages.getMessage("booking.calendar.event",
					new Object[] { first.base().name().in(locale), group.size() }, locale),
					wall(first.range().start()), wall(first.range().end()),
					// As URI variables, so that the "+" of "+08:00" is encoded too: a literal "+" in a query
					// arrives as a space and the confirm page could not read the start.
					UriComponentsBuilder.fromPath("/labs/{course}/{lab}/book")
						.queryParam("base", "{base}")
						.queryParam("start", "{start}")
						.encode()
						.buildAndExpand(course, lab, first.base().code(),
								first.range().start().atZone(ClockConfiguration.CLUSTER_ZONE).toOffsetDateTime())
						.toUriString());
		}).toList();
	}

	@GetMapping("/labs/{course}/{lab}/book")
	String confirm(@PathVariable String course, @PathVariable String lab, @RequestParam String base,
			@RequestParam String start, @AuthenticationPrincipal AcademyUser user, Locale locale, Model model,
			RedirectAttributes redirect) {
		LabExerciseSummary exercise = exercise(course, lab, user);
		Instant at;
		try {
			at = parse(start);
		}
		catch (BookingRefused refused) {
			refusals.flash(refused, locale, redirect);
			return "redirect:/labs/{course}/{lab}";
		}
		List<Availability.Slot> free = availability.slots(exercise, user,
				new Availability.Filter(at.atZone(ClockConfiguration.CLUSTER_ZONE).toLocalDate(), 1, base, null))
			.stream()
			.filter(slot -> slot.range().start().equals(at))
			.toList();
		model.addAttribute("exercise", exercise);
		model.addAttribute("base", availability.basesFor(exercise).stream()
			.filter(candidate -> candidate.code().equals(base)).findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("start", at);
		model.addAttribute("startParam", start);
		model.addAttribute("free", free);
		return "booking/confirm";
	}

	@PostMapping("/labs/{course}/{lab}/book")
	String book(@PathVariable String course, @PathVariable String lab, @RequestParam String base,
			@RequestParam(required = false) String start, @RequestParam(required = false) Long machineId,
			@AuthenticationPrincipal AcademyUser user, Locale locale, RedirectAttributes redirect) {
		try {
			Instant at = start == null || start.isBlank() || start.equals("now") ? null : parse(start);
			bookings.book(new Bookings.Request(course, lab, at, machineId, machineId == null ? base : null), user,
					null);
			redirect.addFlashAttribute("messageKey", "booking.booked");
			return "redirect:/bookings";
		}
		catch (BookingRefused refused) {
			refusals.flash(refused, locale, redirect);
			redirect.addAttribute("base", base);
			return "redirect:/labs/{course}/{lab}";
		}
	}

	@PostMapping("/labs/{course}/{lab}/wait")
	String waitFor(@PathVariable String course, @PathVariable String lab, @RequestParam String base,
			@RequestParam String start, @AuthenticationPrincipal AcademyUser user, Locale locale,
			RedirectAttributes redirect) {
		try {
			waitlist.join(course, lab, base, parse(start), user);
			redirect.addFlashAttribute("messageKey", "booking.waitlist.joined");
			return "redirect:/bookings";
		}
		catch (BookingRefused refused) {
			refusals.flash(refused, locale, redirect);
			return "redirect:/labs/{course}/{lab}";
		}
	}

	private LabExerciseSummary exercise(String course, String lab, AcademyUser user) {
		return availability.lab(course, lab, user)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** An ISO-8601 time with offset, or a wall time in Asia/Shanghai (from a datetime-local input). */
	private static Instant parse(String start) {
		try {
			return OffsetDateTime.parse(start.strip()).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(start.strip()).atZone(ClockConfiguration.CLUSTER_ZONE).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw new BookingRefused(Refusal.BAD_START);
			}
		}
	}

	private static LocalDateTime wall(Instant instant) {
		return LocalDateTime.ofInstant(instant, ClockConfiguration.CLUSTER_ZONE);
	}

	private static Map<LocalDate, List<DayAtBase>> byDay(List<Availability.Slot> slots) {
		Map<LocalDate, Map<TrainingBaseSummary, Map<Instant, Integer>>> days = new TreeMap<>();
		for (Availability.Slot slot : slots) {
			days.computeIfAbsent(slot.range().start().atZone(ClockConfiguration.CLUSTER_ZONE).toLocalDate(),
					day -> new LinkedHashMap<>())
				.computeIfAbsent(slot.base(), base -> new TreeMap<>())
				.merge(slot.range().start(), 1, Integer::sum);
		}
		Map<LocalDate, List<DayAtBase>> result = new LinkedHashMap<>();
		days.forEach((day, bases) -> result.put(day, bases.entrySet().stream()
			.map(entry -> new DayAtBase(entry.getKey(), entry.getValue())).toList()));
		return result;
	}

}
