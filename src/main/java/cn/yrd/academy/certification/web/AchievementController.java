package cn.yrd.academy.certification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.yrd.academy.certification.internal.CertificationDefinition;
import cn.yrd.academy.certification.internal.DefinitionNotFoundException;
import cn.yrd.academy.certification.internal.Definitions;
import cn.yrd.academy.shared.text.Bilingual;

/**
 * The public pages of the certifications, which the credentials' achievement ids point to: what each one means and
 * what it takes to earn it. An inactive certification stays readable, since issued credentials still name it.
 */
@Controller
class AchievementController {

	private final Definitions definitions;

	private final CertificateViews views;

	AchievementController(Definitions definitions, CertificateViews views) {
		this.definitions = definitions;
		this.views = views;
	}

	@GetMapping("/certifications")
	String list(Model model) {
		model.addAttribute("definitions", definitions.active().stream()
			.map(d -> new Card(d.getCode(), d.name(), d.description(), d.getLevel().name(), views.issuerName(d.getIssuerCode())))
			.toList());
		return "certification/achievements";
	}

	@GetMapping("/certifications/{code}")
	String show(@PathVariable String code, Model model) {
		CertificationDefinition definition = definitions.find(code)
			.orElseThrow(() -> new DefinitionNotFoundException(code));
		model.addAttribute("definition", definition);
		model.addAttribute("issuerName", views.issuerName(definition.getIssuerCode()));
		model.addAttribute("skills", views.skills(definition));
		model.addAttribute("requirements", definition.getRequirements().stream().map(views::line).toList());
		return "certification/achievement";
	}

	/** A certification in the list. */
	record Card(String code, Bilingual name, Bilingual description, String level, Bilingual issuerName) {
	}

}
