package cn.yrd.academy.booking.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import cn.yrd.academy.booking.internal.Availability;
import cn.yrd.academy.booking.internal.Booking;
import cn.yrd.academy.booking.internal.BookingRefused;
import cn.yrd.academy.booking.internal.Bookings;
import cn.yrd.academy.booking.internal.MyBookings;
import cn.yrd.academy.booking.internal.Refusal;
import cn.yrd.academy.catalog.LabExerciseSummary;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.shared.web.ApiController;
import cn.yrd.academy.shared.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Booking for scripts and apps: availability, book, cancel, extend, my bookings. The same rules as the pages;
 * refusals are problem details whose {@code code} names the rule.
 */
@ApiController
class BookingApiController {

	private final Availability availability;

	private final Bookings bookings;

	private final MyBookings myBookings;

	private final MessageSource messages;

	BookingApiController(Availability availability, Bookings bookings, MyBookings myBookings,
			MessageSource messages) {
		this.availability = availability;
		this.bookings = bookings;
		this.myBookings = myBookings;
		this.messages = messages;
	}

	record SlotResponse(long machineId, String base, OffsetDateTime start, OffsetDateTime end) {
	}

	/**
	 * @param start ISO-8601 with offset, or {@code now}
	 * @param machineId a specific machine; otherwise {@code base} lets the system pick one there
	 */
	record BookRequest(@NotBlank @Size(max = 40) String course, @NotBlank @Size(max = 64) String lab,
			@NotBlank @Size(max = 40) String start, Long machineId, @Size(max = 40) String base) {
	}

	record BookingResponse(long id, long machineId, String base, String course, String lab, OffsetDateTime start,
			OffsetDateTime end, String status) {
	}

	@GetMapping("/api/v1/labs/{course}/{lab}/availability")
	List<SlotResponse> availability(@PathVariable String course, @PathVariable String lab,
			@RequestParam(required = false) String from, @RequestParam(defaultValue = "7") String days,
			@RequestParam(required = false) String base, @RequestParam(required = false) String province,
			@AuthenticationPrincipal AcademyUser user) {
		LabExerciseSummary exercise = availability.lab(course, lab, user)
			.orElseThrow(() -> new BookingRefused(Refusal.UNKNOWN_LAB));
		Availability.Filter filter = new Availability.Filter(date(from), days(days), base, province(province));
		return availability.slots(exercise, user, filter).stream()
			.map(slot -> new SlotResponse(slot.machine().id(), slot.base().code(), local(slot.range().start()),
					local(slot.range().end())))
			.toList();
	}

	@PostMapping("/api/v1/bookings")
	ResponseEntity<BookingResponse> book(@Valid @RequestBody BookRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@AuthenticationPrincipal AcademyUser user) {
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 128)) {
			throw new BookingRefused(Refusal.BAD_IDEMPOTENCY_KEY);
		}
		if ((request.machineId() == null) == (request.base() == null || request.base().isBlank())) {
			throw new BookingRefused(Refusal.MACHINE_OR_BASE);
		}
		Booking booking = bookings.book(new Bookings.Request(request.course(), request.lab(), start(request.start()),
				request.machineId(), request.base()), user, idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED).body(response(booking));
	}

	@GetMapping("/api/v1/bookings")
	List<BookingResponse> mine(@AuthenticationPrincipal AcademyUser user) {
		return myBookings.all(user).stream().map(this::response).toList();
	}

	@PostMapping("/api/v1/bookings/{id}/cancel")
	BookingResponse cancel(@PathVariable String id, @AuthenticationPrincipal AcademyUser user) {
		return response(bookings.cancel(id(id), user));
	}

	@PostMapping("/api/v1/bookings/{id}/extend")
	BookingResponse extend(@PathVariable String id, @AuthenticationPrincipal AcademyUser user) {
		return response(bookings.extend(id(id), user));
	}

	@ExceptionHandler(BookingRefused.class)
	ResponseEntity<ProblemDetail> refused(BookingRefused refused, Locale locale) {
		return ApiProblem.response(refused.refusal().status(), refused.refusal().name(),
				messages.getMessage(refused.refusal().messageKey(), refused.arguments(), locale));
	}

	private BookingResponse response(Booking booking) {
		return new BookingResponse(booking.getId(), booking.getMachineId(), myBookings.baseCode(booking.getBaseId()),
				booking.getCourseCode(), booking.getLabSlug(), local(booking.getStartsAt()), local(booking.getEndsAt()),
				booking.getStatus().name());
	}

	private static OffsetDateTime local(Instant instant) {
		return instant.atZone(ClockConfiguration.CLUSTER_ZONE).toOffsetDateTime();
	}

	private static Instant start(String start) {
		if ("now".equalsIgnoreCase(start.strip())) {
			return null;
		}
		try {
			return OffsetDateTime.parse(start.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new BookingRefused(Refusal.BAD_START);
		}
	}

	private static LocalDate date(String from) {
		if (from == null || from.isBlank()) {
			return LocalDate.now(ClockConfiguration.CLUSTER_ZONE);
		}
		try {
			return LocalDate.parse(from.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BookingRefused(Refusal.BAD_DATE);
		}
	}

	private static int days(String days) {
		try {
			int value = Integer.parseInt(days.strip());
			if (value >= 1 && value <= 14) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new BookingRefused(Refusal.BAD_DAYS);
	}

	private static Province province(String province) {
		if (province == null || province.isBlank()) {
			return null;
		}
		try {
			return Province.valueOf(province.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BookingRefused(Refusal.BAD_PROVINCE);
		}
	}

	private static long id(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new BookingRefused(Refusal.UNKNOWN_BOOKING);
		}
	}

}
