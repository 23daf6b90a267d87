package cn.yrd.academy.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.internal.AccountAdministration;
import cn.yrd.academy.identity.internal.AccountViews;
import cn.yrd.academy.identity.internal.DirectoryViews;
import cn.yrd.academy.identity.internal.FieldRejected;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final AccountAdministration administration;

	private final AccountViews accounts;

	private final DirectoryViews directory;

	UserAdminController(AccountAdministration administration, AccountViews accounts, DirectoryViews directory) {
		this.administration = administration;
		this.accounts = accounts;
		this.directory = directory;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long organizationId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("users", accounts.search(q, organizationId, page));
		model.addAttribute("q", q);
		model.addAttribute("organizationId", organizationId);
		model.addAttribute("organizations", directory.allOrganizations());
		return "admin/users";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("user", accounts.user(id));
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("bases", directory.bases());
		return "admin/user";
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, @AuthenticationPrincipal AcademyUser admin, RedirectAttributes redirect) {
		return apply(id, redirect, () -> administration.enable(id, admin.getUsername()));
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, @AuthenticationPrincipal AcademyUser admin, RedirectAttributes redirect) {
		return apply(id, redirect, () -> administration.disable(id, admin.getUsername()));
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, @AuthenticationPrincipal AcademyUser admin, RedirectAttributes redirect) {
		return apply(id, redirect, () -> administration.unlock(id, admin.getUsername()));
	}

	@PostMapping("/{id}/roles")
	String changeRoles(@PathVariable long id, @RequestParam(required = false) List<Role> roles,
			@RequestParam(required = false) Long trainingBaseId, @AuthenticationPrincipal AcademyUser admin,
			RedirectAttributes redirect) {
		Set<Role> chosen = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
		return apply(id, redirect, () -> administration.changeRoles(id, chosen, trainingBaseId, admin.getUsername()));
	}

	private String apply(long id, RedirectAttributes redirect, Runnable change) {
		accounts.user(id);
		try {
			change.run();
			redirect.addFlashAttribute("messageKey", "admin.users.saved");
		}
		catch (FieldRejected ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

}
