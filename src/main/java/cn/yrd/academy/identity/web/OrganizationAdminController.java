package cn.yrd.academy.identity.web;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.OrganizationType;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.internal.Directory;
import cn.yrd.academy.identity.internal.DirectoryViews;
import cn.yrd.academy.identity.internal.FieldRejected;
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

@Controller
@RequestMapping("/admin/organizations")
class OrganizationAdminController {

	private final Directory directory;

	private final DirectoryViews views;

	OrganizationAdminController(Directory directory, DirectoryViews views) {
		this.directory = directory;
		this.views = views;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("organizations", views.allOrganizations());
		return "admin/organizations";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", OrganizationForm.empty());
		return form(model, null);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult result,
			@AuthenticationPrincipal AcademyUser admin, Model model, RedirectAttributes redirect) {
		return save(null, form, result, admin, model, redirect);
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable long id, Model model) {
		model.addAttribute("form", OrganizationForm.of(views.organization(id)));
		return form(model, id);
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") OrganizationForm form,
			BindingResult result, @AuthenticationPrincipal AcademyUser admin, Model model,
			RedirectAttributes redirect) {
		views.organization(id);
		return save(id, form, result, admin, model, redirect);
	}

	private String save(Long id, OrganizationForm form, BindingResult result, AcademyUser admin, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, id);
		}
		try {
			directory.saveOrganization(id, form.details(), admin.getUsername());
		}
		catch (FieldRejected ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return form(model, id);
		}
		redirect.addFlashAttribute("saved", form.nameZh());
		return "redirect:/admin/organizations";
	}

	private String form(Model model, Long id) {
		model.addAttribute("organizationId", id);
		model.addAttribute("types", OrganizationType.values());
		model.addAttribute("provinces", Province.values());
		return "admin/organization-form";
	}

}
