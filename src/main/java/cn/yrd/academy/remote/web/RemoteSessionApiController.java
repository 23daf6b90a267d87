package cn.yrd.academy.remote.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.remote.internal.ConnectTokens;
import cn.yrd.academy.remote.internal.LiveSessions;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.shared.web.ApiController;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Remote sessions for instructors and lab admins: the ones they may watch, a read-only observe token (same shape
 * and rules as a connect token), and ending a session (lab admins of the base, cluster admins).
 */
@ApiController
class RemoteSessionApiController {

	private final LiveSessions sessions;

	RemoteSessionApiController(LiveSessions sessions) {
		this.sessions = sessions;
	}

	record SessionResponse(long id, long bookingId, String student, String courseCode, String labSlug,
			String machine, OffsetDateTime startedAt, OffsetDateTime endedAt, String endReason,
			List<String> observers, boolean mayEnd, boolean hasRecording) {

		static SessionResponse of(LiveSessions.Row row) {
			return new SessionResponse(row.id(), row.bookingId(), row.student(), row.courseCode(), row.labSlug(),
					row.machine(), offset(row.startedAt()), offset(row.endedAt()), row.endReason(), row.observers(),
					row.mayEnd(), row.hasRecording());
		}

	}

	record EndRequest(String note) {
	}

	@GetMapping("/api/v1/remote-sessions")
	List<SessionResponse> list(@RequestParam(defaultValue = "true") boolean active,
			@AuthenticationPrincipal AcademyUser user) {
		return sessions.visibleTo(user, active).stream().map(SessionResponse::of).toList();
	}

	@PostMapping("/api/v1/remote-sessions/{id}/observe-token")
	ConnectTokenController.ConnectTokenResponse observeToken(@PathVariable long id,
			@AuthenticationPrincipal AcademyUser user, HttpServletRequest request) {
		ConnectTokens.Issued issued = sessions.observeToken(user, id, request.getSession(true).getId());
		return new ConnectTokenController.ConnectTokenResponse(issued.token(), offset(issued.expiresAt()),
				request.getContextPath() + ConnectTokenController.TUNNEL_PATH);
	}

	@PostMapping("/api/v1/remote-sessions/{id}/end")
	void end(@PathVariable long id, @RequestBody(required = false) EndRequest body,
			@AuthenticationPrincipal AcademyUser user) {
		sessions.end(user, id, body == null ? null : body.note());
	}

	private static OffsetDateTime offset(Instant instant) {
		return instant == null ? null : instant.atZone(ClockConfiguration.CLUSTER_ZONE).toOffsetDateTime();
	}

}
