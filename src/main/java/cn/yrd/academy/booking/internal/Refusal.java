package cn.yrd.academy.booking.internal;

import org.springframework.http.HttpStatus;

/**
 * Why a booking request was refused. The name is the stable code API clients see; the message key is
 * {@code booking.refused.<NAME>}.
 */
public enum Refusal {

	UNKNOWN_LAB(HttpStatus.NOT_FOUND),
	UNKNOWN_BOOKING(HttpStatus.NOT_FOUND),
	UNKNOWN_BASE(HttpStatus.NOT_FOUND),
	NOT_ENROLLED(HttpStatus.FORBIDDEN),
	NOT_A_STUDENT(HttpStatus.FORBIDDEN),
	SLOT_TAKEN(HttpStatus.CONFLICT),
	OVERLAPS_OWN_BOOKING(HttpStatus.CONFLICT),
	LIMIT_REACHED(HttpStatus.CONFLICT),
	WEEKLY_HOURS_REACHED(HttpStatus.CONFLICT),
	OVER_QUOTA(HttpStatus.CONFLICT),
	OUTSIDE_OPENING_HOURS(HttpStatus.UNPROCESSABLE_CONTENT),
	OFF_GRID(HttpStatus.UNPROCESSABLE_CONTENT),
	IN_PAST(HttpStatus.UNPROCESSABLE_CONTENT),
	TOO_FAR_AHEAD(HttpStatus.UNPROCESSABLE_CONTENT),
	BAD_START(HttpStatus.BAD_REQUEST),
	BAD_DATE(HttpStatus.BAD_REQUEST),
	BAD_DAYS(HttpStatus.BAD_REQUEST),
	BAD_PROVINCE(HttpStatus.BAD_REQUEST),
	BAD_IDEMPOTENCY_KEY(HttpStatus.BAD_REQUEST),
	MACHINE_OR_BASE(HttpStatus.BAD_REQUEST),
	MACHINE_UNAVAILABLE(HttpStatus.CONFLICT),
	WRONG_IMAGE(HttpStatus.UNPROCESSABLE_CONTENT),
	TOO_LATE_TO_CANCEL(HttpStatus.CONFLICT),
	NOT_CANCELLABLE(HttpStatus.CONFLICT),
	CANNOT_EXTEND(HttpStatus.CONFLICT),
	MAX_LENGTH_REACHED(HttpStatus.CONFLICT),
	IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT),
	ALREADY_WAITING(HttpStatus.CONFLICT),
	NOT_WAITING(HttpStatus.CONFLICT),
	SLOT_FREE(HttpStatus.CONFLICT);

	private final HttpStatus status;

	Refusal(HttpStatus status) {
		this.status = status;
	}

	public HttpStatus status() {
		return status;
	}

	public String messageKey() {
		return "booking.refused." + name();
	}

}
