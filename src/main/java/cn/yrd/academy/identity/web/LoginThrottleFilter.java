package cn.yrd.academy.identity.web;

import java.io.IOException;

import cn.yrd.academy.identity.internal.LoginThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses login attempts from a client that makes too many, before any password is checked, so a
 * flood costs neither BCrypt time nor database work.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	static final String TOKEN_PATH = "/api/v1/auth/token";

	/** The token endpoint, matched as Spring Security matches it. */
	private static final RequestMatcher TOKEN = PathPatternRequestMatcher.pathPattern(HttpMethod.POST, TOKEN_PATH);

	/**
	 * Exactly the requests the form login and the token endpoint handle. Matching the servlet path
	 * instead missed them wherever it is not the whole path, as under MockMvc.
	 */
	private static final RequestMatcher LOGIN_ATTEMPTS = new OrRequestMatcher(
			PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/login"), TOKEN);

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !LOGIN_ATTEMPTS.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (throttle.tryAttempt(request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, "60");
		if (TOKEN.matches(request)) {
			ApiProblemResponses.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-login-attempts");
		}
		else {
			response.sendRedirect(request.getContextPath() + "/login?error=throttled");
		}
	}

}
