package cn.yrd.academy.identity.web;

import java.util.Objects;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.AccountViews;
import cn.yrd.academy.identity.internal.FieldRejected;
import cn.yrd.academy.identity.internal.PasswordChanges;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own account: what the platform knows about them, and their password.
 */
@Controller
class AccountController {

	private final AccountViews accounts;

	private final PasswordChanges passwordChanges;

	AccountController(AccountViews accounts, PasswordChanges passwordChanges) {
		this.accounts = accounts;
		this.passwordChanges = passwordChanges;
	}

	@GetMapping("/account")
	String show(@AuthenticationPrincipal AcademyUser user, Model model) {
		model.addAttribute("form", ChangePasswordForm.empty());
		return page(user, model);
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal AcademyUser user,
			@Valid @ModelAttribute("form") ChangePasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword") && !Objects.equals(form.newPassword(), form.confirmPassword())) {
			result.rejectValue("confirmPassword", "registration.password.mismatch");
		}
		if (result.hasErrors()) {
			return page(user, model);
		}
		try {
			passwordChanges.change(user.id(), form.currentPassword(), form.newPassword());
		}
		catch (FieldRejected ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return page(user, model);
		}
		redirect.addFlashAttribute("messageKey", "account.password.changed");
		return "redirect:/account";
	}

	private String page(AcademyUser user, Model model) {
		model.addAttribute("me", accounts.user(user.id()));
		return "identity/account";
	}

}
