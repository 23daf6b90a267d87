package cn.yrd.academy.remote.internal;

import org.springframework.http.HttpStatus;

/**
 * Why a connect token is not issued or a tunnel not opened. The API answers with the code and the translated
 * {@code remote.refused.<NAME>} text.
 */
public enum RemoteRefusal {

	/** Unknown, or another student's: both look the same, so nobody learns which bookings exist. */
	BOOKING_NOT_FOUND(HttpStatus.NOT_FOUND, "booking-not-found"),
	BOOKING_NOT_ACTIVE(HttpStatus.CONFLICT, "booking-not-active"),
	BOOKING_NOT_STARTED(HttpStatus.CONFLICT, "booking-not-started"),
	BOOKING_ENDED(HttpStatus.CONFLICT, "booking-ended"),
	MACHINE_UNAVAILABLE(HttpStatus.CONFLICT, "machine-unavailable"),
	SESSION_NOT_FOUND(HttpStatus.NOT_FOUND, "session-not-found"),
	/** Watching, ending or replaying a session that is not the caller's to see. */
	NOT_ALLOWED(HttpStatus.FORBIDDEN, "not-allowed"),
	SESSION_NOT_LIVE(HttpStatus.CONFLICT, "session-not-live"),
	RECORDING_NOT_FOUND(HttpStatus.NOT_FOUND, "recording-not-found");

	private final HttpStatus status;

	private final String code;

	RemoteRefusal(HttpStatus status, String code) {
		this.status = status;
		this.code = code;
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

	public String messageKey() {
		return "remote.refused." + name();
	}

}
