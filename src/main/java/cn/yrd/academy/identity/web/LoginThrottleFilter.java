package cn.yrd.academy.identity.web;

import java.io.IOException;

import cn.yrd.academy.identity.internal.LoginThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses login attempts from a client that makes too many, before any password is checked, so a
 * flood costs neither BCrypt time nor database work.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	static final String TOKEN_PATH = "/api/v1/auth/token";

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getServletPath();
		return !"POST".equals(request.getMethod()) || !("/login".equals(path) || TOKEN_PATH.equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (throttle.tryAttempt(request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, "60");
		if (TOKEN_PATH.equals(request.getServletPath())) {
			ApiProblemResponses.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-login-attempts");
		}
		else {
			response.sendRedirect(request.getContextPath() + "/login?error=throttled");
		}
	}

}
