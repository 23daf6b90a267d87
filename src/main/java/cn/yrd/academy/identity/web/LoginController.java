package cn.yrd.academy.identity.web;

import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	private static final Set<String> REASONS = Set.of("bad-credentials", "locked", "disabled", "pending",
			"throttled");

	@GetMapping("/login")
	String loginForm(@RequestParam(required = false) String error, Authentication authentication, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		if (error != null) {
			model.addAttribute("errorKey", "login.error." + (REASONS.contains(error) ? error : "bad-credentials"));
		}
		return "identity/login";
	}

}
