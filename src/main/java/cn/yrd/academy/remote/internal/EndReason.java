package cn.yrd.academy.remote.internal;

import org.apache.guacamole.protocol.GuacamoleStatus;
import org.springframework.web.socket.CloseStatus;

/**
 * Why a tunnel ended, as stored with the session and as sent to the page. The WebSocket close reason is
 * "{@code <Guacamole status> <code>}": guacamole-common-js reads the number as the status, and the lab page
 * shows the text {@code remote.ended.<code>}.
 */
public enum EndReason {

	/** The student closed the page, ended the session, or lost the connection. */
	CLIENT_CLOSED("client-closed", GuacamoleStatus.SUCCESS, CloseStatus.NORMAL),
	BOOKING_ENDED("booking-ended", GuacamoleStatus.SESSION_CLOSED, CloseStatus.NORMAL),
	/** Cancelled, or moved to another machine. */
	BOOKING_CHANGED("booking-changed", GuacamoleStatus.SESSION_CLOSED, CloseStatus.NORMAL),
	/** The same booking was opened in another window, which took the machine over. */
	REPLACED("replaced", GuacamoleStatus.SESSION_CONFLICT, CloseStatus.NORMAL),
	GATEWAY_UNAVAILABLE("gateway-unavailable", GuacamoleStatus.UPSTREAM_UNAVAILABLE, CloseStatus.SERVER_ERROR),
	/** guacd could not reach the machine, or refused its login, before the first frame. */
	MACHINE_UNREACHABLE("machine-unreachable", GuacamoleStatus.UPSTREAM_NOT_FOUND, CloseStatus.SERVER_ERROR),
	/** The machine's connection closed after it had worked. */
	MACHINE_CLOSED("machine-closed", GuacamoleStatus.UPSTREAM_ERROR, CloseStatus.NORMAL),
	/** A lab admin ended the session; the note they gave is shown with it. */
	KILLED("killed", GuacamoleStatus.SESSION_CLOSED, CloseStatus.NORMAL),
	/** For an observer: the session watched has ended. */
	SESSION_ENDED("session-ended", GuacamoleStatus.SESSION_CLOSED, CloseStatus.NORMAL),
	BAD_MESSAGE("bad-message", GuacamoleStatus.CLIENT_BAD_REQUEST, CloseStatus.POLICY_VIOLATION),
	SERVER_STOPPING("server-stopping", GuacamoleStatus.SERVER_ERROR, CloseStatus.SERVICE_RESTARTED),
	SERVER_ERROR("server-error", GuacamoleStatus.SERVER_ERROR, CloseStatus.SERVER_ERROR);

	private final String code;

	private final GuacamoleStatus status;

	private final CloseStatus closeStatus;

	EndReason(String code, GuacamoleStatus status, CloseStatus closeStatus) {
		this.code = code;
		this.status = status;
		this.closeStatus = closeStatus;
	}

	public String code() {
		return code;
	}

	/** The WebSocket close frame: its code, and the reason the page reads. */
	CloseStatus closeStatus() {
		return closeStatus.withReason(status.getGuacamoleStatusCode() + " " + code);
	}

}
