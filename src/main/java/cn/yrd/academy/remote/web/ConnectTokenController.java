package cn.yrd.academy.remote.web;

import java.time.OffsetDateTime;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.remote.internal.ConnectTokens;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.shared.web.ApiController;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Connect tokens for the lab page and for scripts. The token is bound to the caller's HTTP session: the lab
 * page's session, or for a bearer-token client one made here, whose cookie it must present with the WebSocket.
 */
@ApiController
class ConnectTokenController {

	static final String TUNNEL_PATH = "/remote/tunnel";

	private final ConnectTokens tokens;

	ConnectTokenController(ConnectTokens tokens) {
		this.tokens = tokens;
	}

	record ConnectTokenResponse(String token, OffsetDateTime expiresAt, String tunnel) {
	}

	@PostMapping("/api/v1/bookings/{id}/connect-token")
	ConnectTokenResponse issue(@PathVariable long id, @AuthenticationPrincipal AcademyUser user,
			HttpServletRequest request) {
		String session = request.getSession(true).getId();
		ConnectTokens.Issued issued = tokens.issue(user.id(), id, session);
		return new ConnectTokenResponse(issued.token(),
				issued.expiresAt().atZone(ClockConfiguration.CLUSTER_ZONE).toOffsetDateTime(),
				request.getContextPath() + TUNNEL_PATH);
	}

}
