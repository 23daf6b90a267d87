package cn.yrd.academy.talent.web;

import java.util.Locale;
import java.util.Optional;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.talent.internal.ContactRequest;
import cn.yrd.academy.talent.internal.ContactRequests;
import cn.yrd.academy.talent.internal.TalentFinder;
import cn.yrd.academy.talent.internal.TalentLookup;
import cn.yrd.academy.talent.internal.TalentRefused;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A profile as a partner company sees it (each opening recorded for the student), with certificates' live status
 * and the contact section: the details after the student accepted, otherwise a contact request.
 */
@Controller
class PartnerProfileController {

	private final TalentFinder finder;

	private final ContactRequests contacts;

	private final TalentLookup lookup;

	private final TalentCardViews views;

	private final MessageSource messages;

	PartnerProfileController(TalentFinder finder, ContactRequests contacts, TalentLookup lookup,
			TalentCardViews views, MessageSource messages) {
		this.finder = finder;
		this.contacts = contacts;
		this.lookup = lookup;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping("/talent/profiles/{publicId}")
	String show(@PathVariable String publicId, @AuthenticationPrincipal AcademyUser partner, Model model) {
		TalentFinder.Opened opened = finder.open(partner, publicId);
		long profileId = opened.card().getProfileId();
		Optional<ContactRequest> latest = contacts.byOrganization(partner.organizationId()).stream()
			.filter(r -> r.getProfileId() == profileId)
			.findFirst();
		model.addAttribute("card", views.of(opened.card()));
		model.addAttribute("live", opened.liveCertificates());
		model.addAttribute("contact", opened.contact().orElse(null));
		model.addAttribute("request", latest.orElse(null));
		model.addAttribute("sharesContact", lookup.sharesContact(profileId));
		return "talent/profile";
	}

	@PostMapping("/talent/profiles/{publicId}/contact")
	String requestContact(@PathVariable String publicId, @RequestParam(defaultValue = "") String message,
			@AuthenticationPrincipal AcademyUser partner, RedirectAttributes redirect, Locale locale) {
		try {
			contacts.request(partner, publicId, message, null);
			redirect.addFlashAttribute("messageKey", "talent.contact.sent");
		}
		catch (TalentRefused refused) {
			redirect.addFlashAttribute("errorText",
					messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			redirect.addFlashAttribute("draft", message);
		}
		return "redirect:/talent/profiles/" + publicId;
	}

	@GetMapping("/talent/requests/sent")
	String sent(@AuthenticationPrincipal AcademyUser partner, Model model) {
		TalentFinder.checkPartner(partner);
		model.addAttribute("requests", contacts.byOrganization(partner.organizationId()).stream()
			.map(request -> {
				Optional<String> publicId = lookup.profile(request.getProfileId())
					.filter(p -> p.isActive())
					.map(p -> p.getPublicId());
				String name = lookup.card(request.getProfileId()).map(c -> c.getDisplayName()).orElse(null);
				return new SentRequest(request, publicId.orElse(null), name);
			})
			.toList());
		return "talent/sent";
	}

	/** A request the company made; {@code publicId} is null once the student left the pool. */
	record SentRequest(ContactRequest request, String publicId, String studentName) {
	}

}
