package cn.yrd.academy.identity.web;

import java.io.IOException;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.LoginStatus;
import cn.yrd.academy.shared.web.LocaleConfiguration;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After login the pages speak the user's preferred language, then go where the user was headed.
 */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LoginStatus loginStatus;

	private final LocaleResolver localeResolver;

	LoginSuccessHandler(LoginStatus loginStatus, LocaleResolver localeResolver) {
		this.loginStatus = loginStatus;
		this.localeResolver = localeResolver;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof AcademyUser user) {
			localeResolver.setLocale(request, response,
					LocaleConfiguration.supported(loginStatus.preferredLocale(user.id())));
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
