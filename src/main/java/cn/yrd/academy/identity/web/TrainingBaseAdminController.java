package cn.yrd.academy.identity.web;

import cn.yrd.academy.identity.AcademyUser;
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
@RequestMapping("/admin/training-bases")
class TrainingBaseAdminController {

	private final Directory directory;

	private final DirectoryViews views;

	TrainingBaseAdminController(Directory directory, DirectoryViews views) {
		this.directory = directory;
		this.views = views;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("bases", views.bases());
		return "admin/training-bases";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", TrainingBaseForm.empty());
		return form(model, null);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") TrainingBaseForm form, BindingResult result,
			@AuthenticationPrincipal AcademyUser admin, Model model, RedirectAttributes redirect) {
		return save(null, form, result, admin, model, redirect);
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable long id, Model model) {
		model.addAttribute("form", TrainingBaseForm.of(views.base(id)));
		return form(model, id);
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") TrainingBaseForm form,
			BindingResult result, @AuthenticationPrincipal AcademyUser admin, Model model,
			RedirectAttributes redirect) {
		views.base(id);
		return save(id, form, result, admin, model, redirect);
	}

	private String save(Long id, TrainingBaseForm form, BindingResult result, AcademyUser admin, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, id);
		}
		try {
			directory.saveBase(id, form.details(), admin.getUsername());
		}
		catch (FieldRejected ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return form(model, id);
		}
		redirect.addFlashAttribute("saved", form.nameZh());
		return "redirect:/admin/training-bases";
	}

	private String form(Model model, Long id) {
		model.addAttribute("baseId", id);
		model.addAttribute("organizations", views.activeOrganizations());
		model.addAttribute("provinces", Province.values());
		return "admin/training-base-form";
	}

}
