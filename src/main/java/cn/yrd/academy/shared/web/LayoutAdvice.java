package cn.yrd.academy.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the current path (to mark the active navigation item) and
 * whether this is the demo installation (to show the demo accounts on the login page).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

	private final boolean demo;

	LayoutAdvice(Environment environment) {
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ModelAttribute("demoInstallation")
	boolean demoInstallation() {
		return demo;
	}

}
