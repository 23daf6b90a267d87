package cn.yrd.academy.remote.internal;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import cn.yrd.academy.booking.LabBooking;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.WebUtils;

/**
 * Lets a tunnel's WebSocket open only from an allowed page with a valid token: the Origin must be the
 * application's own or a configured one (a missing Origin is refused: every browser sends one, so its absence
 * means a script that could carry a stolen cookie), the token must be unused, unexpired and issued to this
 * HTTP session, and the booking must still hold the machine. All this happens before guacd is contacted.
 */
@Component
class TunnelHandshake implements HandshakeInterceptor {

	static final String GRANT = TunnelHandshake.class.getName() + ".grant";

	private static final Logger log = LoggerFactory.getLogger(TunnelHandshake.class);

	private final ConnectTokens tokens;

	private final Admission admission;

	private final RemoteProperties properties;

	private final Clock clock;

	TunnelHandshake(ConnectTokens tokens, Admission admission, RemoteProperties properties, Clock clock) {
		this.tokens = tokens;
		this.admission = admission;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			Map<String, Object> attributes) {
		String origin = request.getHeaders().getFirst(HttpHeaders.ORIGIN);
		if (!originAllowed(request, origin)) {
			return refuse(response, HttpStatus.FORBIDDEN, "origin " + (origin == null ? "missing" : "not allowed"));
		}
		Optional<String> session = httpSessionId(request);
		if (session.isEmpty()) {
			return refuse(response, HttpStatus.FORBIDDEN, "no HTTP session");
		}
		String token = UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams().getFirst("token");
		Optional<TunnelGrant> grant = tokens.consume(token, session.get());
		if (grant.isEmpty()) {
			return refuse(response, HttpStatus.FORBIDDEN, "token unknown, spent, expired or of another session");
		}
		if (!(grant.get() instanceof ConnectGrant connect)) {
			// An observe token: its session is checked to be live when the tunnel joins it.
			attributes.put(GRANT, grant.get());
			return true;
		}
		try {
			LabBooking booking = admission.admit(connect.bookingId(), connect.userId(), clock.instant());
			if (booking.machineId() != connect.machineId()) {
				return refuse(response, HttpStatus.CONFLICT, "booking moved to another machine");
			}
		}
		catch (RemoteRefused refused) {
			return refuse(response, refused.status(), refused.code());
		}
		attributes.put(GRANT, grant.get());
		return true;
	}

	@Override
	public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
			Exception exception) {
	}

	private boolean originAllowed(ServerHttpRequest request, String origin) {
		if (origin == null || origin.isBlank()) {
			return false;
		}
		if (WebUtils.isSameOrigin(request)) {
			return true;
		}
		String normalized = normalize(origin);
		return properties.allowedOrigins().stream().map(TunnelHandshake::normalize)
			.anyMatch(allowed -> allowed != null && allowed.equals(normalized));
	}

	private static String normalize(String origin) {
		try {
			URI uri = URI.create(origin.strip());
			if (uri.getScheme() == null || uri.getHost() == null) {
				return null;
			}
			int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
			return uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase() + ":" + port;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Optional<String> httpSessionId(ServerHttpRequest request) {
		if (request instanceof ServletServerHttpRequest servlet) {
			HttpSession session = servlet.getServletRequest().getSession(false);
			return Optional.ofNullable(session).map(HttpSession::getId);
		}
		return Optional.empty();
	}

	private static boolean refuse(ServerHttpResponse response, HttpStatus status, String why) {
		log.info("Tunnel refused: {}", why);
		response.setStatusCode(status);
		return false;
	}

}
