package cn.yrd.academy.certification.web;

import java.util.List;
import java.util.stream.Collectors;

import cn.yrd.academy.certification.internal.Certificate;
import cn.yrd.academy.certification.internal.CertificateDecisions;
import cn.yrd.academy.certification.internal.Certificates;
import cn.yrd.academy.certification.internal.RequirementCheck;
import cn.yrd.academy.identity.AcademyUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A student's own certificates and their progress towards the others; one certificate for its holder or the
 * issuer's admins.
 */
@Controller
class CertificateController {

	private final Certificates certificates;

	private final CertificateDecisions decisions;

	private final CertificatePages pages;

	private final CertificateViews views;

	CertificateController(Certificates certificates, CertificateDecisions decisions, CertificatePages pages,
			CertificateViews views) {
		this.views = views;
		this.certificates = certificates;
		this.decisions = decisions;
		this.pages = pages;
	}

	@GetMapping("/certificates")
	String mine(@AuthenticationPrincipal AcademyUser user, Model model) {
		List<Certificates.Progress> progress = certificates.progress(user.id());
		model.addAttribute("certificates", certificates.mine(user.id()));
		model.addAttribute("progress", progress);
		model.addAttribute("requirements", progress.stream()
			.flatMap(p -> p.outcomes().stream())
			.map(RequirementCheck.Outcome::requirement)
			.distinct()
			.collect(Collectors.toMap(r -> r, views::line, (a, b) -> a)));
		model.addAttribute("labTitles", views.labTitles(progress.stream()
			.flatMap(p -> p.outcomes().stream())
			.flatMap(o -> o.missingLabs().stream().map(lab -> new String[] { o.requirement().getCourseCode(), lab }))));
		model.addAttribute("issuerNames", pages.issuerNames());
		return "certification/mine";
	}

	@GetMapping("/certificates/{number}")
	String show(@PathVariable String number, @AuthenticationPrincipal AcademyUser user, Model model) {
		Certificate certificate = certificates.forHolderOrIssuer(number, user);
		model.addAttribute("certificate", certificate);
		model.addAttribute("labTitles", views.labTitles(
				certificate.getEvidence().stream().map(e -> new String[] { e.getCourseCode(), e.getLabSlug() })));
		model.addAttribute("holder", certificate.getUserId() == user.id());
		model.addAttribute("administers", certificates.administers(user, certificate));
		model.addAttribute("issuerNames", pages.issuerNames());
		model.addAttribute("back", "/certificates/" + number);
		return "certification/detail";
	}

	@PostMapping("/certificates/{number}/share")
	String share(@PathVariable String number, @RequestParam boolean shared,
			@AuthenticationPrincipal AcademyUser holder, RedirectAttributes redirect) {
		decisions.share(number, holder, shared);
		redirect.addFlashAttribute("messageKey", shared ? "certificate.share.on" : "certificate.share.off");
		return "redirect:/certificates/" + number;
	}

}
