package cn.yrd.academy.identity.web;

import java.io.IOException;

import cn.yrd.academy.identity.internal.LoginStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed login back to the form with a reason the page can explain: wrong credentials,
 * locked after too many failures, disabled, or waiting for approval.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	private final LoginStatus loginStatus;

	LoginFailureHandler(LoginStatus loginStatus) {
		this.loginStatus = loginStatus;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason(request, exception));
	}

	private String reason(HttpServletRequest request, AuthenticationException exception) {
		// The failure that reaches the limit arrives as bad credentials, but it has just locked the account.
		if (exception instanceof LockedException || loginStatus.isLocked(request.getParameter("username"))) {
			return "locked";
		}
		if (exception instanceof DisabledException) {
			return loginStatus.isAwaitingApproval(request.getParameter("username")) ? "pending" : "disabled";
		}
		return "bad-credentials";
	}

}
