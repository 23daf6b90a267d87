package cn.yrd.academy.labs.web;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.labs.internal.FieldRejected;
import cn.yrd.academy.labs.internal.MachineRegistry;
import cn.yrd.academy.labs.internal.MachineRegistry.MachineView;
import cn.yrd.academy.labs.internal.MaintenanceSchedule;
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
 * Maintenance windows of one machine. Adding one displaces the bookings in it (the booking module moves
 * them to another machine or cancels them and tells the students).
 */
@Controller
@RequestMapping("/labadmin/machines/{id}/maintenance")
class MaintenanceController {

	private final MachineRegistry registry;

	private final MaintenanceSchedule maintenance;

	private final LabAdminScope scope;

	MaintenanceController(MachineRegistry registry, MaintenanceSchedule maintenance, LabAdminScope scope) {
		this.registry = registry;
		this.maintenance = maintenance;
		this.scope = scope;
	}

	@GetMapping
	String list(@PathVariable long id, @AuthenticationPrincipal AcademyUser user, Model model) {
		model.addAttribute("form", MaintenanceForm.empty());
		return page(model, id, user);
	}

	@PostMapping
	String add(@PathVariable long id, @Valid @ModelAttribute("form") MaintenanceForm form, BindingResult result,
			@AuthenticationPrincipal AcademyUser user, Model model, RedirectAttributes redirect) {
		MachineView machine = machine(id, user);
		if (result.hasErrors()) {
			return page(model, id, user);
		}
		try {
			maintenance.add(machine.machine().id(), form.start(), form.end(), form.reason().strip(), user.getUsername());
		}
		catch (FieldRejected ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			return page(model, id, user);
		}
		redirect.addFlashAttribute("messageKey", "labs.maintenance.added");
		redirect.addFlashAttribute("messageArg", machine.machine().name());
		return "redirect:/labadmin/machines/{id}/maintenance";
	}

	@PostMapping("/{windowId}/delete")
	String remove(@PathVariable long id, @PathVariable long windowId, @AuthenticationPrincipal AcademyUser user,
			RedirectAttributes redirect) {
		machine(id, user);
		if (maintenance.remove(id, windowId)) {
			redirect.addFlashAttribute("messageKey", "labs.maintenance.removed");
		}
		else {
			redirect.addFlashAttribute("errorKey", "labs.maintenance.notFound");
		}
		return "redirect:/labadmin/machines/{id}/maintenance";
	}

	private MachineView machine(long id, AcademyUser user) {
		MachineView machine = registry.view(id);
		scope.baseOf(user, machine.machine());
		return machine;
	}

	private String page(Model model, long id, AcademyUser user) {
		MachineView machine = registry.view(id);
		TrainingBaseSummary base = scope.baseOf(user, machine.machine());
		model.addAttribute("base", base);
		model.addAttribute("machine", machine);
		model.addAttribute("windows", maintenance.upcoming(id));
		return "labs/maintenance";
	}

}
