package cn.yrd.academy.certification.web;

import cn.yrd.academy.certification.CertificateStatus;
import cn.yrd.academy.certification.internal.CertificateDecisions;
import cn.yrd.academy.certification.internal.CertificateRefused;
import cn.yrd.academy.certification.internal.Certificates;
import cn.yrd.academy.certification.internal.Definitions;
import cn.yrd.academy.identity.AcademyUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The certificates of the organizations a lab admin (or any cluster admin) administers, and the decisions on them.
 */
@Controller
@RequestMapping("/issuer/certificates")
class IssuerCertificateController {

	private static final String LIST = "/issuer/certificates";

	private final Certificates certificates;

	private final CertificateDecisions decisions;

	private final Definitions definitions;

	private final CertificatePages pages;

	IssuerCertificateController(Certificates certificates, CertificateDecisions decisions, Definitions definitions,
			CertificatePages pages) {
		this.certificates = certificates;
		this.decisions = decisions;
		this.definitions = definitions;
		this.pages = pages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String issuer, @RequestParam(required = false) CertificateStatus status,
			@RequestParam(required = false) String definition, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal AcademyUser admin, Model model) {
		model.addAttribute("page", certificates.issued(admin, issuer, status, definition, q, page));
		model.addAttribute("pending",
				certificates.issued(admin, null, CertificateStatus.PENDING, null, null, 0).getTotalElements());
		model.addAttribute("issuers", certificates.issuersOf(admin));
		model.addAttribute("issuerNames", pages.issuerNames());
		model.addAttribute("statuses", CertificateStatus.values());
		model.addAttribute("definitions", definitions.all());
		model.addAttribute("back", UriComponentsBuilder.fromPath(LIST).queryParam("issuer", blank(issuer))
			.queryParam("status", status == null ? "" : status.name()).queryParam("definition", blank(definition))
			.queryParam("q", blank(q)).queryParam("page", page).encode().build().toUriString());
		return "certification/issuer-list";
	}

	@PostMapping("/{number}/approve")
	String approve(@PathVariable String number, @RequestParam(required = false) String back,
			@AuthenticationPrincipal AcademyUser admin, RedirectAttributes redirect) {
		return decide(() -> decisions.approve(number, admin), "certificate.decided.approved", number, back, redirect);
	}

	@PostMapping("/{number}/reject")
	String reject(@PathVariable String number, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String back, @AuthenticationPrincipal AcademyUser admin,
			RedirectAttributes redirect) {
		return decide(() -> decisions.reject(number, admin, reason), "certificate.decided.rejected", number, back,
				redirect);
	}

	@PostMapping("/{number}/revoke")
	String revoke(@PathVariable String number, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String back, @AuthenticationPrincipal AcademyUser admin,
			RedirectAttributes redirect) {
		return decide(() -> decisions.revoke(number, admin, reason), "certificate.decided.revoked", number, back,
				redirect);
	}

	private String decide(Runnable decision, String doneKey, String number, String back, RedirectAttributes redirect) {
		try {
			decision.run();
			redirect.addFlashAttribute("messageKey", doneKey);
			redirect.addFlashAttribute("messageArg", number);
		}
		catch (CertificateRefused refused) {
			redirect.addFlashAttribute("errorText", pages.text(refused));
		}
		return "redirect:" + safeBack(back);
	}

	/** Only our own pages, so the parameter cannot send anyone elsewhere. */
	private static String safeBack(String back) {
		if (back != null && (back.startsWith(LIST) || back.matches("/certificates/[A-Za-z0-9-]{1,40}"))) {
			return back;
		}
		return LIST;
	}

	private static String blank(String text) {
		return text == null ? "" : text;
	}

}
