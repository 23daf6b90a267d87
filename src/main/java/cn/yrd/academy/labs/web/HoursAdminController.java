package cn.yrd.academy.labs.web;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.labs.internal.BaseSchedule;
import cn.yrd.academy.labs.internal.DailyRange;
import cn.yrd.academy.labs.internal.FieldRejected;
import cn.yrd.academy.labs.internal.HoursText;
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
 * A base's weekly opening hours and closure days, in the cluster's zone.
 */
@Controller
@RequestMapping("/labadmin/hours")
class HoursAdminController {

	private final BaseSchedule schedule;

	private final LabAdminScope scope;

	HoursAdminController(BaseSchedule schedule, LabAdminScope scope) {
		this.schedule = schedule;
		this.scope = scope;
	}

	@GetMapping
	String show(@RequestParam(required = false) String base, @AuthenticationPrincipal AcademyUser user, Model model) {
		TrainingBaseSummary current = scope.base(user, base);
		model.addAttribute("hoursForm", WeeklyHoursForm.of(schedule.weeklyHours(current.id())));
		model.addAttribute("closureForm", ClosureForm.empty());
		return page(model, current, user);
	}

	@PostMapping
	String saveHours(@RequestParam(required = false) String base,
			@Valid @ModelAttribute("hoursForm") WeeklyHoursForm form, BindingResult result,
			@AuthenticationPrincipal AcademyUser user, Model model, RedirectAttributes redirect) {
		TrainingBaseSummary current = scope.base(user, base);
		Map<DayOfWeek, List<DailyRange>> week = new EnumMap<>(DayOfWeek.class);
		if (!result.hasErrors()) {
			for (DayOfWeek day : DayOfWeek.values()) {
				try {
					week.put(day, HoursText.parse(form.text(day), WeeklyHoursForm.field(day)));
				}
				catch (FieldRejected ex) {
					result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
				}
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("closureForm", ClosureForm.empty());
			return page(model, current, user);
		}
		schedule.replaceWeeklyHours(current.id(), week);
		redirect.addFlashAttribute("messageKey", "labs.hours.saved");
		redirect.addFlashAttribute("messageArg", current.code());
		return redirect(redirect, current);
	}

	@PostMapping("/closures")
	String addClosure(@RequestParam(required = false) String base,
			@Valid @ModelAttribute("closureForm") ClosureForm form, BindingResult result,
			@AuthenticationPrincipal AcademyUser user, Model model, RedirectAttributes redirect) {
		TrainingBaseSummary current = scope.base(user, base);
		if (!result.hasErrors()) {
			try {
				schedule.addClosure(current.id(), form.day(), form.reason().strip());
			}
			catch (FieldRejected ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("hoursForm", WeeklyHoursForm.of(schedule.weeklyHours(current.id())));
			return page(model, current, user);
		}
		redirect.addFlashAttribute("messageKey", "labs.closure.added");
		redirect.addFlashAttribute("messageArg", form.day().toString());
		return redirect(redirect, current);
	}

	@PostMapping("/closures/{closureId}/delete")
	String removeClosure(@RequestParam(required = false) String base, @PathVariable long closureId,
			@AuthenticationPrincipal AcademyUser user, RedirectAttributes redirect) {
		TrainingBaseSummary current = scope.base(user, base);
		if (schedule.removeClosure(current.id(), closureId)) {
			redirect.addFlashAttribute("messageKey", "labs.closure.removed");
		}
		else {
			redirect.addFlashAttribute("errorKey", "labs.closure.notFound");
		}
		return redirect(redirect, current);
	}

	private static String redirect(RedirectAttributes redirect, TrainingBaseSummary base) {
		redirect.addAttribute("base", base.code());
		return "redirect:/labadmin/hours";
	}

	private String page(Model model, TrainingBaseSummary base, AcademyUser user) {
		model.addAttribute("base", base);
		model.addAttribute("bases", scope.switchable(user));
		model.addAttribute("days", DayOfWeek.values());
		model.addAttribute("closures", schedule.upcomingClosures(base.id()));
		return "labs/hours";
	}

}
