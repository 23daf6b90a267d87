package cn.yrd.academy.booking.web;

import cn.yrd.academy.booking.internal.QuotaAdministration;
import cn.yrd.academy.booking.internal.QuotaAdministration.GrantRejected;
import cn.yrd.academy.identity.AcademyUser;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organization quotas for cluster admins ({@code /admin/**} is theirs alone): the grants, one form to grant or
 * change, and revoking.
 */
@Controller
@RequestMapping("/admin/quotas")
class QuotaAdminController {

	private final QuotaAdministration quotas;

	QuotaAdminController(QuotaAdministration quotas) {
		this.quotas = quotas;
	}

	/** With an organization and a base, the form is filled with their grant, to change it. */
	@GetMapping
	String list(@RequestParam(required = false) Long organizationId, @RequestParam(required = false) Long baseId,
			Model model) {
		GrantQuotaForm form = organizationId == null || baseId == null ? GrantQuotaForm.empty()
				: quotas.grant(organizationId, baseId)
					.map(GrantQuotaForm::of)
					.orElse(new GrantQuotaForm(organizationId, baseId, null));
		model.addAttribute("grant", form);
		return page(model);
	}

	@PostMapping
	String grant(@Valid @ModelAttribute("grant") GrantQuotaForm form, BindingResult result,
			@AuthenticationPrincipal AcademyUser admin, Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("hours") && !form.isOnHalfHours()) {
			result.rejectValue("hours", "quota.hours.step");
		}
		if (result.hasErrors()) {
			return page(model);
		}
		try {
			quotas.grant(form.organizationId(), form.baseId(), form.weeklyMinutes(), admin);
		}
		catch (GrantRejected ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return page(model);
		}
		redirect.addFlashAttribute("messageKey", "quota.granted");
		return "redirect:/admin/quotas";
	}

	@PostMapping("/revoke")
	String revoke(@RequestParam long organizationId, @RequestParam long baseId,
			@AuthenticationPrincipal AcademyUser admin, RedirectAttributes redirect) {
		if (quotas.revoke(organizationId, baseId, admin)) {
			redirect.addFlashAttribute("messageKey", "quota.revoked");
		}
		else {
			redirect.addFlashAttribute("errorKey", "quota.notFound");
		}
		return "redirect:/admin/quotas";
	}

	private String page(Model model) {
		model.addAttribute("grants", quotas.grants());
		model.addAttribute("organizations", quotas.organizations());
		model.addAttribute("bases", quotas.bases());
		return "booking/quotas";
	}

}
