package cn.yrd.academy.talent.web;

import java.util.Map;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.talent.internal.DemandMatcher;
import cn.yrd.academy.talent.internal.TalentDemand;
import cn.yrd.academy.talent.internal.TalentDemands;
import cn.yrd.academy.talent.internal.TalentRefused;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partner company's talent demands: list, post, edit, close and reopen them, and see each one's ranked matches
 * with the evidence behind every requirement.
 */
@Controller
@RequestMapping("/partner/demands")
class DemandController {

	/** Which form field a refusal from {@link TalentDemands} belongs to; the others are form-wide. */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("demand.refused.title", "title"),
			Map.entry("demand.refused.description", "description"), Map.entry("demand.refused.headcount", "headcount"),
			Map.entry("demand.refused.period", "periodTo"), Map.entry("demand.refused.province", "provinces"),
			Map.entry("demand.refused.certification", "certifications"),
			Map.entry("demand.refused.duplicateCertification", "certifications"),
			Map.entry("demand.refused.tooManyCertifications", "certifications"));

	private final TalentDemands demands;

	private final DemandMatcher matcher;

	private final TalentTexts texts;

	DemandController(TalentDemands demands, DemandMatcher matcher, TalentTexts texts) {
		this.demands = demands;
		this.matcher = matcher;
		this.texts = texts;
	}

	@GetMapping
	String list(@AuthenticationPrincipal AcademyUser partner, Model model) {
		model.addAttribute("demands", demands.of(partner));
		model.addAttribute("skillNames", texts.skillNames());
		return "talent/demands";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new DemandForm());
		return form(model, null);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") DemandForm form, BindingResult result,
			@AuthenticationPrincipal AcademyUser partner, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			TalentDemand demand = demands.post(partner, form.content());
			redirect.addFlashAttribute("saved", demand.getTitle());
			return "redirect:/partner/demands/" + demand.getId();
		}
		catch (TalentRefused refused) {
			return refused(refused, form, result, model, null);
		}
	}

	@GetMapping("/{id}")
	String matches(@PathVariable long id, @AuthenticationPrincipal AcademyUser partner, Model model) {
		model.addAttribute("matches", matcher.match(partner, id));
		model.addAttribute("skillNames", texts.skillNames());
		model.addAttribute("certificationNames", texts.certificationNames());
		return "talent/demand-matches";
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, @AuthenticationPrincipal AcademyUser partner, Model model) {
		model.addAttribute("form", DemandForm.of(demands.get(partner, id)));
		return form(model, id);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") DemandForm form,
			BindingResult result, @AuthenticationPrincipal AcademyUser partner, Model model,
			RedirectAttributes redirect) {
		demands.get(partner, id);
		if (result.hasErrors()) {
			return form(model, id);
		}
		try {
			TalentDemand demand = demands.edit(partner, id, form.content());
			redirect.addFlashAttribute("saved", demand.getTitle());
			return "redirect:/partner/demands/" + id;
		}
		catch (TalentRefused refused) {
			return refused(refused, form, result, model, id);
		}
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, @AuthenticationPrincipal AcademyUser partner, RedirectAttributes redirect) {
		demands.close(partner, id);
		redirect.addFlashAttribute("messageKey", "demand.closed");
		return "redirect:/partner/demands/" + id;
	}

	@PostMapping("/{id}/reopen")
	String reopen(@PathVariable long id, @AuthenticationPrincipal AcademyUser partner, RedirectAttributes redirect) {
		demands.reopen(partner, id);
		redirect.addFlashAttribute("messageKey", "demand.reopened");
		return "redirect:/partner/demands/" + id;
	}

	private String refused(TalentRefused refused, DemandForm form, BindingResult result, Model model, Long id) {
		String field = FIELDS.get(refused.messageKey());
		if (field == null) {
			result.reject(refused.messageKey(), refused.arguments(), null);
		}
		else {
			result.rejectValue(field, refused.messageKey(), refused.arguments(), null);
		}
		return form(model, id);
	}

	private String form(Model model, Long id) {
		model.addAttribute("demandId", id);
		model.addAttribute("skillOptions", texts.skillNames());
		model.addAttribute("certificationOptions", texts.activeCertifications());
		model.addAttribute("provinceOptions", Province.values());
		return "talent/demand-form";
	}

}
