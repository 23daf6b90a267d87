package cn.yrd.academy.certification.web;

import java.util.List;
import java.util.Map;

import cn.yrd.academy.certification.CertificateLevel;
import cn.yrd.academy.certification.internal.CertificateRefused;
import cn.yrd.academy.certification.internal.CertificationDefinition;
import cn.yrd.academy.certification.internal.Definitions;
import cn.yrd.academy.certification.internal.Requirement;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Cluster admins list, create and edit certification definitions.
 */
@Controller
@RequestMapping("/admin/certifications")
class DefinitionAdminController {

	/** Which form field a refusal from {@link Definitions#save} belongs to; the others are form-wide. */
	private static final Map<String, String> FIELDS = Map.of("certification.refused.code", "code",
			"certification.refused.name", "nameZh", "certification.refused.level", "level",
			"certification.refused.validity", "validityMonths", "certification.refused.issuer", "issuerCode",
			"certification.refused.skill", "skills");

	private final Definitions definitions;

	private final Organizations organizations;

	private final SkillTaxonomy skills;

	private final CertificatePages pages;

	DefinitionAdminController(Definitions definitions, Organizations organizations, SkillTaxonomy skills,
			CertificatePages pages) {
		this.definitions = definitions;
		this.organizations = organizations;
		this.skills = skills;
		this.pages = pages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("definitions", definitions.all());
		model.addAttribute("issuerNames", pages.issuerNames());
		return "certification/definitions";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new DefinitionForm());
		return form(model, null);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") DefinitionForm form, BindingResult result,
			@AuthenticationPrincipal AcademyUser admin, Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("code") && definitions.find(form.getCode().strip()).isPresent()) {
			result.rejectValue("code", "certification.form.codeTaken", new Object[] { form.getCode() }, null);
		}
		return save(form.getCode() == null ? "" : form.getCode().strip(), null, form, result, admin, model, redirect);
	}

	@GetMapping("/{code}/edit")
	String initUpdateForm(@PathVariable String code, Model model) {
		model.addAttribute("form", DefinitionForm.of(existing(code)));
		return form(model, code);
	}

	@PostMapping("/{code}/edit")
	String processUpdateForm(@PathVariable String code, @Valid @ModelAttribute("form") DefinitionForm form,
			BindingResult result, @AuthenticationPrincipal AcademyUser admin, Model model,
			RedirectAttributes redirect) {
		existing(code);
		form.setCode(code);
		return save(code, code, form, result, admin, model, redirect);
	}

	private String save(String code, String editing, DefinitionForm form, BindingResult result, AcademyUser admin,
			Model model, RedirectAttributes redirect) {
		checkRows(form, result);
		if (result.hasErrors()) {
			return form(model, editing);
		}
		try {
			definitions.save(code, form.content(), admin);
		}
		catch (CertificateRefused refused) {
			String field = FIELDS.get(refused.messageKey());
			if (field == null) {
				result.reject(refused.messageKey(), refused.arguments(), null);
			}
			else {
				result.rejectValue(field, refused.messageKey(), refused.arguments(), null);
			}
			return form(model, editing);
		}
		redirect.addFlashAttribute("saved", form.getNameZh().strip());
		return "redirect:/admin/certifications";
	}

	/** A row with a kind needs a course and a minimum score, a lab row a lab too; Bean Validation cannot say that per row. */
	private static void checkRows(DefinitionForm form, BindingResult result) {
		List<DefinitionForm.Row> rows = form.getRequirements();
		for (int i = 0; i < rows.size(); i++) {
			DefinitionForm.Row row = rows.get(i);
			if (row.isBlank()) {
				continue;
			}
			if (row.getCourseCode() == null || row.getCourseCode().isBlank()) {
				result.rejectValue("requirements[" + i + "].courseCode", "certification.form.courseMissing");
			}
			if (row.getMinScore() == null) {
				result.rejectValue("requirements[" + i + "].minScore", "certification.form.minScoreMissing");
			}
			if (row.getKind() == Requirement.Kind.LAB && (row.getLabSlug() == null || row.getLabSlug().isBlank())) {
				result.rejectValue("requirements[" + i + "].labSlug", "certification.form.labMissing");
			}
		}
	}

	private CertificationDefinition existing(String code) {
		return definitions.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String form(Model model, String editing) {
		((DefinitionForm) model.getAttribute("form")).fillRows();
		model.addAttribute("editing", editing);
		model.addAttribute("levels", CertificateLevel.values());
		model.addAttribute("kinds", Requirement.Kind.values());
		model.addAttribute("issuers", organizations.active());
		model.addAttribute("skills", skills.all());
		return "certification/definition-form";
	}

}
