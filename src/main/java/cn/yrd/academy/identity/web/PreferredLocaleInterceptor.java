package cn.yrd.academy.identity.web;

import java.util.Locale;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.LoginStatus;
import cn.yrd.academy.shared.web.LocaleConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * When a signed-in user switches language, the choice becomes their preference for the next login.
 */
@Component
class PreferredLocaleInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private final LoginStatus loginStatus;

	PreferredLocaleInterceptor(LoginStatus loginStatus) {
		this.loginStatus = loginStatus;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Locale locale = LocaleConfiguration.supported(request.getParameter("lang"));
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (locale != null && authentication != null && authentication.getPrincipal() instanceof AcademyUser user) {
			loginStatus.changePreferredLocale(user.id(), locale);
		}
		return true;
	}

}
