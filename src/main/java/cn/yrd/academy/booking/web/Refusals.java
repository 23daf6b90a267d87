package cn.yrd.academy.booking.web;

import java.util.Locale;

import cn.yrd.academy.booking.internal.BookingRefused;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Shows a refused booking request on the next page as a translated error.
 */
@Component
class Refusals {

	private final MessageSource messages;

	Refusals(MessageSource messages) {
		this.messages = messages;
	}

	void flash(BookingRefused refused, Locale locale, RedirectAttributes redirect) {
		redirect.addFlashAttribute("refusalCode", refused.refusal().name());
		redirect.addFlashAttribute("refusal",
				messages.getMessage(refused.refusal().messageKey(), refused.arguments(), locale));
	}

}
