package cn.yrd.academy.labs.web;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.labs.internal.HealthReport;
import cn.yrd.academy.labs.internal.MachineRegistry;
import cn.yrd.academy.labs.internal.MachineRegistry.MachineView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One machine's health and its recent status changes, for the lab admin of its base (another base's machine is
 * not found) or a cluster admin.
 */
@Controller
class MachineHealthController {

	private final MachineRegistry registry;

	private final HealthReport health;

	private final LabAdminScope scope;

	MachineHealthController(MachineRegistry registry, HealthReport health, LabAdminScope scope) {
		this.registry = registry;
		this.health = health;
		this.scope = scope;
	}

	@GetMapping("/labadmin/machines/{id}/health")
	String show(@PathVariable long id, @AuthenticationPrincipal AcademyUser user, Model model) {
		MachineView machine = registry.view(id);
		TrainingBaseSummary base = scope.baseOf(user, machine.machine());
		model.addAttribute("base", base);
		model.addAttribute("machine", machine);
		model.addAttribute("health", health.of(id).orElse(null));
		model.addAttribute("changes", health.changes(id));
		model.addAttribute("failuresBeforeOffline", health.failuresBeforeOffline());
		model.addAttribute("displaceHours", health.displaceWithinHours());
		return "labs/machine-health";
	}

}
