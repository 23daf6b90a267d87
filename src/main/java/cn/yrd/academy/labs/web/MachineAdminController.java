package cn.yrd.academy.labs.web;

import java.util.List;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.labs.LabImage;
import cn.yrd.academy.labs.LabImages;
import cn.yrd.academy.labs.MachineState;
import cn.yrd.academy.labs.internal.FieldRejected;
import cn.yrd.academy.labs.internal.HealthReport;
import cn.yrd.academy.labs.internal.MachineRegistry;
import cn.yrd.academy.labs.internal.MachineRegistry.MachineView;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The machines of a base for its lab admin. Stored secrets are never sent back: the pages only say whether
 * there are any.
 */
@Controller
@RequestMapping("/labadmin/machines")
class MachineAdminController {

	private final MachineRegistry registry;

	private final LabImages images;

	private final LabAdminScope scope;

	private final HealthReport health;

	MachineAdminController(MachineRegistry registry, LabImages images, LabAdminScope scope, HealthReport health) {
		this.registry = registry;
		this.images = images;
		this.scope = scope;
		this.health = health;
	}

	@GetMapping
	String list(@RequestParam(required = false) String base, @AuthenticationPrincipal AcademyUser user, Model model) {
		TrainingBaseSummary current = scope.base(user, base);
		model.addAttribute("base", current);
		model.addAttribute("bases", scope.switchable(user));
		List<MachineView> machines = registry.views(current.id());
		model.addAttribute("machines", machines);
		model.addAttribute("health", health.of(machines.stream().map(view -> view.machine().id()).toList()));
		model.addAttribute("images", images);
		return "labs/machines";
	}

	@GetMapping("/new")
	String initCreationForm(@RequestParam(required = false) String base, @AuthenticationPrincipal AcademyUser user,
			Model model) {
		model.addAttribute("form", MachineForm.empty());
		return form(model, scope.base(user, base), null);
	}

	@PostMapping("/new")
	String processCreationForm(@RequestParam(required = false) String base, @Valid @ModelAttribute("form") MachineForm form,
			BindingResult result, @AuthenticationPrincipal AcademyUser user, Model model, RedirectAttributes redirect) {
		TrainingBaseSummary current = scope.base(user, base);
		LabImage image = image(form, result);
		if (result.hasErrors()) {
			return form(model, current, null);
		}
		try {
			registry.register(current.id(), form.details(image), form.secrets(), user.getUsername());
		}
		catch (FieldRejected ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			return form(model, current, null);
		}
		return saved(redirect, current, form);
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable long id, @AuthenticationPrincipal AcademyUser user, Model model) {
		MachineView view = registry.view(id);
		TrainingBaseSummary base = scope.baseOf(user, view.machine());
		model.addAttribute("form", MachineForm.of(view.machine()));
		return form(model, base, view);
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") MachineForm form,
			BindingResult result, @AuthenticationPrincipal AcademyUser user, Model model, RedirectAttributes redirect) {
		MachineView view = registry.view(id);
		TrainingBaseSummary base = scope.baseOf(user, view.machine());
		LabImage image = image(form, result);
		if (result.hasErrors()) {
			return form(model, base, view);
		}
		try {
			registry.update(id, form.details(image), form.secrets(), form.clearing(), user.getUsername());
		}
		catch (FieldRejected ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			return form(model, base, view);
		}
		return saved(redirect, base, form);
	}

	private LabImage image(MachineForm form, BindingResult result) {
		if (form.imageCode() == null || form.imageCode().isBlank()) {
			return null;
		}
		LabImage image = images.find(form.imageCode()).orElse(null);
		if (image == null && !result.hasFieldErrors("imageCode")) {
			result.rejectValue("imageCode", "labs.machine.unknownImage");
		}
		return image;
	}

	private String saved(RedirectAttributes redirect, TrainingBaseSummary base, MachineForm form) {
		redirect.addFlashAttribute("saved", form.name().strip());
		redirect.addAttribute("base", base.code());
		return "redirect:/labadmin/machines";
	}

	private String form(Model model, TrainingBaseSummary base, MachineView view) {
		model.addAttribute("base", base);
		model.addAttribute("machine", view);
		model.addAttribute("images", images.all());
		model.addAttribute("states", MachineState.values());
		model.addAttribute("protocols", new String[] { "vnc", "rdp", "ssh" });
		return "labs/machine-form";
	}

}
