package cn.yrd.academy.booking.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import cn.yrd.academy.booking.internal.BaseCalendar;
import cn.yrd.academy.booking.internal.SlotGrid;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.shared.time.ClockConfiguration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The lab admin's week at their base: machines × days with every booking. A cluster admin picks the base.
 */
@Controller
class BaseCalendarController {

	private final BaseCalendar calendar;

	private final TrainingBases bases;

	BaseCalendarController(BaseCalendar calendar, TrainingBases bases) {
		this.calendar = calendar;
		this.bases = bases;
	}

	@GetMapping("/labadmin/calendar")
	String week(@RequestParam(required = false) String base, @RequestParam(required = false) LocalDate week,
			@AuthenticationPrincipal AcademyUser user, Locale locale, Model model) {
		TrainingBaseSummary shown = base(base, user);
		LocalDate monday = SlotGrid.weekOf((week == null ? LocalDate.now(ClockConfiguration.CLUSTER_ZONE) : week)
			.atStartOfDay(ClockConfiguration.CLUSTER_ZONE).toInstant());
		model.addAttribute("base", shown);
		model.addAttribute("bases", user.hasRole(Role.CLUSTER_ADMIN) ? bases.all() : List.of(shown));
		model.addAttribute("monday", monday);
		model.addAttribute("days", IntStream.range(0, 7).mapToObj(monday::plusDays).toList());
		model.addAttribute("machines", calendar.week(shown.id(), monday, locale));
		return "booking/base-calendar";
	}

	private TrainingBaseSummary base(String code, AcademyUser user) {
		if (user.hasRole(Role.CLUSTER_ADMIN)) {
			return (code == null ? bases.all().stream().findFirst() : bases.findByCode(code))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		if (user.trainingBaseId() == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return bases.find(user.trainingBaseId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
