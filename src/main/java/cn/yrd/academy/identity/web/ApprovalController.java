package cn.yrd.academy.identity.web;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.AccountAdministration;
import cn.yrd.academy.identity.internal.AccountViews;
import cn.yrd.academy.identity.internal.FieldRejected;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Partner companies that registered and wait for a cluster admin.
 */
@Controller
@RequestMapping("/admin/approvals")
class ApprovalController {

	private final AccountAdministration administration;

	private final AccountViews accounts;

	ApprovalController(AccountAdministration administration, AccountViews accounts) {
		this.administration = administration;
		this.accounts = accounts;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("pending", accounts.pendingPartners());
		return "admin/approvals";
	}

	@PostMapping("/{userId}/approve")
	String approve(@PathVariable long userId, @AuthenticationPrincipal AcademyUser admin,
			RedirectAttributes redirect) {
		return decide(redirect, "admin.approvals.approved", () -> administration.approvePartner(userId,
				admin.getUsername()), userId);
	}

	@PostMapping("/{userId}/reject")
	String reject(@PathVariable long userId, @AuthenticationPrincipal AcademyUser admin, RedirectAttributes redirect) {
		return decide(redirect, "admin.approvals.rejected", () -> administration.rejectPartner(userId,
				admin.getUsername()), userId);
	}

	private String decide(RedirectAttributes redirect, String messageKey, Runnable decision, long userId) {
		String username = accounts.user(userId).username();
		try {
			decision.run();
			redirect.addFlashAttribute("messageKey", messageKey);
			redirect.addFlashAttribute("messageArg", username);
		}
		catch (FieldRejected ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
		}
		return "redirect:/admin/approvals";
	}

}
