package cn.yrd.academy.identity.web;

import java.time.Instant;
import java.time.LocalDate;

import cn.yrd.academy.identity.AuditEventType;
import cn.yrd.academy.identity.internal.AccountViews;
import cn.yrd.academy.shared.time.ClockConfiguration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditLogController {

	private final AccountViews accounts;

	AuditLogController(AccountViews accounts) {
		this.accounts = accounts;
	}

	/** Dates are days in the cluster's zone; {@code to} includes the whole day. */
	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) AuditEventType type, @RequestParam(required = false) String username,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Instant start = from == null ? null : from.atStartOfDay(ClockConfiguration.CLUSTER_ZONE).toInstant();
		Instant end = to == null ? null : to.plusDays(1).atStartOfDay(ClockConfiguration.CLUSTER_ZONE).toInstant();
		model.addAttribute("events", accounts.audit(type, username, start, end, page));
		model.addAttribute("types", AuditEventType.values());
		model.addAttribute("type", type);
		model.addAttribute("username", username);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "admin/audit";
	}

}
