package cn.yrd.academy.identity.web;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.internal.AccountViews;
import cn.yrd.academy.identity.internal.DirectoryViews;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page for visitors, and each role's home with its own organization and base.
 */
@Controller
class HomeController {

	private final AccountViews accounts;

	private final DirectoryViews directory;

	HomeController(AccountViews accounts, DirectoryViews directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal AcademyUser user, Model model) {
		if (user == null) {
			model.addAttribute("organizationCount", directory.organizationCount());
			model.addAttribute("baseCount", directory.baseCount());
			return "identity/welcome";
		}
		model.addAttribute("me", accounts.user(user.id()));
		model.addAttribute("organizationBases", directory.basesOf(user.organizationId()));
		if (user.hasRole(Role.CLUSTER_ADMIN)) {
			model.addAttribute("counts", accounts.adminCounts());
			model.addAttribute("organizationCount", directory.organizationCount());
			model.addAttribute("baseCount", directory.baseCount());
		}
		return "identity/home";
	}

}
