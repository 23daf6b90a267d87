package cn.yrd.academy.scheduling.web;

import java.time.Clock;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.AuditEventType;
import cn.yrd.academy.identity.AuditLog;
import cn.yrd.academy.scheduling.internal.SchedulerOperations;
import org.quartz.SchedulerException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operations view of the scheduler for cluster admins: nodes, recurring jobs with their last and next run,
 * recent failures, and pausing or resuming a recurring job across the cluster.
 */
@Controller
@PreAuthorize("hasRole('CLUSTER_ADMIN')")
class SchedulerAdminController {

	private final SchedulerOperations operations;

	private final AuditLog audit;

	private final Clock clock;

	SchedulerAdminController(SchedulerOperations operations, AuditLog audit, Clock clock) {
		this.operations = operations;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/admin/scheduler")
	String view(Model model) throws SchedulerException {
		model.addAttribute("running", operations.isRunning());
		model.addAttribute("thisNode", operations.thisNode());
		model.addAttribute("nodes", operations.nodes());
		model.addAttribute("jobs", operations.recurringJobs());
		model.addAttribute("failures", operations.recentFailures());
		model.addAttribute("now", clock.instant());
		return "scheduling/scheduler";
	}

	@PostMapping("/admin/scheduler/jobs/{key}/pause")
	String pause(@PathVariable String key, @AuthenticationPrincipal AcademyUser admin, RedirectAttributes redirect)
			throws SchedulerException {
		if (!operations.pause(key)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		audit.record(AuditEventType.JOB_PAUSED, admin.getUsername(), key, null);
		redirect.addFlashAttribute("messageKey", "scheduler.paused");
		redirect.addFlashAttribute("messageArg", key);
		return "redirect:/admin/scheduler";
	}

	@PostMapping("/admin/scheduler/jobs/{key}/resume")
	String resume(@PathVariable String key, @AuthenticationPrincipal AcademyUser admin, RedirectAttributes redirect)
			throws SchedulerException {
		if (!operations.resume(key)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		audit.record(AuditEventType.JOB_RESUMED, admin.getUsername(), key, null);
		redirect.addFlashAttribute("messageKey", "scheduler.resumed");
		redirect.addFlashAttribute("messageArg", key);
		return "redirect:/admin/scheduler";
	}

}
