package cn.yrd.academy.talent.web;

import java.util.Locale;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.talent.internal.ContactRequest;
import cn.yrd.academy.talent.internal.ContactRequests;
import cn.yrd.academy.talent.internal.TalentRefused;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Contact requests companies sent the student: accept (both sides then see each other's contact details) or
 * decline. A request to another student is not found.
 */
@Controller
class StudentRequestsController {

	private final ContactRequests contacts;

	private final MessageSource messages;

	StudentRequestsController(ContactRequests contacts, MessageSource messages) {
		this.contacts = contacts;
		this.messages = messages;
	}

	@GetMapping("/talent/requests")
	String list(@AuthenticationPrincipal AcademyUser student, Model model) {
		model.addAttribute("requests", contacts.toStudent(student.id()).stream()
			.map(request -> new ReceivedRequest(request, contacts.organizationName(request.getOrganizationId()),
					contacts.requesterContact(request).orElse(null)))
			.toList());
		return "talent/requests";
	}

	@PostMapping("/talent/requests/{id}/accept")
	String accept(@PathVariable long id, @AuthenticationPrincipal AcademyUser student, RedirectAttributes redirect,
			Locale locale) {
		return decide(() -> contacts.accept(student, id), "talent.requests.accepted", redirect, locale);
	}

	@PostMapping("/talent/requests/{id}/decline")
	String decline(@PathVariable long id, @AuthenticationPrincipal AcademyUser student, RedirectAttributes redirect,
			Locale locale) {
		return decide(() -> contacts.decline(student, id), "talent.requests.declined", redirect, locale);
	}

	private String decide(Runnable decision, String doneKey, RedirectAttributes redirect, Locale locale) {
		try {
			decision.run();
			redirect.addFlashAttribute("messageKey", doneKey);
		}
		catch (TalentRefused refused) {
			redirect.addFlashAttribute("errorText",
					messages.getMessage(refused.messageKey(), refused.arguments(), locale));
		}
		return "redirect:/talent/requests";
	}

	/** A request as the student sees it: who asked, and their contact once accepted. */
	record ReceivedRequest(ContactRequest request, Bilingual organization, ContactRequests.Contact requester) {
	}

}
