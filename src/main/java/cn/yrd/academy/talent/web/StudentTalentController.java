package cn.yrd.academy.talent.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.yrd.academy.certification.HeldCertificates;
import cn.yrd.academy.certification.HeldCertificates.HeldCertificate;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.UserContact;
import cn.yrd.academy.identity.UserDirectory;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import cn.yrd.academy.talent.internal.TalentConsent;
import cn.yrd.academy.talent.internal.TalentField;
import cn.yrd.academy.talent.internal.TalentFinder;
import cn.yrd.academy.talent.internal.TalentLookup;
import cn.yrd.academy.talent.internal.TalentProfile;
import cn.yrd.academy.talent.internal.TalentRefused;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The student's side of the talent pool: consent (field by field, under the versioned consent text), changes,
 * withdrawal, a preview of what companies see, who viewed the profile and the consent history.
 */
@Controller
class StudentTalentController {

	private final TalentConsent consent;

	private final TalentFinder finder;

	private final TalentLookup lookup;

	private final TalentCardViews views;

	private final HeldCertificates certificates;

	private final UserDirectory users;

	private final SkillTaxonomy skills;

	private final MessageSource messages;

	StudentTalentController(TalentConsent consent, TalentFinder finder, TalentLookup lookup, TalentCardViews views,
			HeldCertificates certificates, UserDirectory users, SkillTaxonomy skills, MessageSource messages) {
		this.consent = consent;
		this.finder = finder;
		this.lookup = lookup;
		this.views = views;
		this.certificates = certificates;
		this.users = users;
		this.skills = skills;
		this.messages = messages;
	}

	@GetMapping("/talent/profile")
	String show(@AuthenticationPrincipal AcademyUser student, Model model) {
		Optional<TalentProfile> profile = consent.profileOf(student.id()).filter(TalentProfile::isActive);
		return page(student, profile.map(ConsentForm::of).orElseGet(ConsentForm::new), model);
	}

	@PostMapping("/talent/profile")
	String consent(@ModelAttribute("form") ConsentForm form, BindingResult binding,
			@AuthenticationPrincipal AcademyUser student, Model model, RedirectAttributes redirect, Locale locale) {
		if (binding.hasErrors()) {
			String key = binding.hasFieldErrors("graduation") ? "talent.refused.graduation" : "talent.form.invalid";
			model.addAttribute("errorText", messages.getMessage(key, null, locale));
			return page(student, form, model);
		}
		boolean joined = consent.profileOf(student.id()).map(TalentProfile::isActive).orElse(false);
		try {
			consent.consent(student, form.sharedFields(), form.details());
		}
		catch (TalentRefused refused) {
			model.addAttribute("errorText", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			return page(student, form, model);
		}
		redirect.addFlashAttribute("messageKey", joined ? "talent.profile.changed" : "talent.profile.joined");
		return "redirect:/talent/profile";
	}

	@PostMapping("/talent/profile/withdraw")
	String withdraw(@AuthenticationPrincipal AcademyUser student, RedirectAttributes redirect) {
		consent.withdraw(student);
		redirect.addFlashAttribute("messageKey", "talent.profile.withdrawn");
		return "redirect:/talent/profile";
	}

	private String page(AcademyUser student, ConsentForm form, Model model) {
		Optional<TalentProfile> profile = consent.profileOf(student.id()).filter(TalentProfile::isActive);
		model.addAttribute("form", form);
		model.addAttribute("profile", profile.orElse(null));
		model.addAttribute("textVersion", TalentConsent.TEXT_VERSION);
		model.addAttribute("fields", List.of(TalentField.values()));
		model.addAttribute("provinces", List.of(Province.values()));
		model.addAttribute("skills", skills.all());
		model.addAttribute("accountEmail", users.contact(student.id()).map(UserContact::email).orElse(""));
		profile.flatMap(p -> lookup.card(p.getId())).ifPresent(card -> {
			model.addAttribute("card", views.of(card));
			model.addAttribute("live", certificates.of(student.id()).stream()
				.collect(Collectors.toMap(HeldCertificate::number, c -> c, (a, b) -> a)));
		});
		model.addAttribute("viewers", finder.viewersOf(student.id()));
		model.addAttribute("history", consent.history(student.id()).stream()
			.map(record -> new HistoryLine(record.getAction().name(), fieldKeys(record.getFields()),
					record.getTextVersion(), record.getRecordedAt()))
			.toList());
		return "talent/mine";
	}

	private static List<String> fieldKeys(String csv) {
		return csv == null || csv.isBlank() ? List.of()
				: Arrays.stream(csv.split(",")).map(name -> "talent.field." + name.strip()).toList();
	}

	/** One line of the consent history, with the shared fields as message keys. */
	record HistoryLine(String action, List<String> fieldKeys, String textVersion, Instant recordedAt) {
	}

}
