package cn.yrd.academy.notification.web;

import java.util.Locale;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.notification.internal.NotificationCenter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notification center: the signed-in user's newest notifications, the unread badge of the navigation bar,
 * marking read. Every action works as a plain form post with a redirect; with htmx the page updates in place
 * ({@code HX-Request} header), and the badge follows through an out-of-band swap.
 */
@Controller
class NotificationController {

	/** How many notifications the page lists; older ones are still kept until the purge. */
	static final int SHOWN = 50;

	private final NotificationCenter center;

	NotificationController(NotificationCenter center) {
		this.center = center;
	}

	@GetMapping("/notifications")
	String page(@AuthenticationPrincipal AcademyUser user, Locale locale, Model model) {
		model.addAttribute("notifications", center.recent(user.id(), SHOWN, locale));
		model.addAttribute("unread", center.unread(user.id()));
		return "notification/notifications";
	}

	/** The badge alone, polled by the layout's bell. */
	@GetMapping("/notifications/badge")
	String badge(@AuthenticationPrincipal AcademyUser user, Model model) {
		model.addAttribute("unread", center.unread(user.id()));
		return "notification/notifications :: badge";
	}

	@PostMapping("/notifications/{id}/read")
	String markRead(@AuthenticationPrincipal AcademyUser user, @PathVariable long id, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		center.markRead(user.id(), id);
		NotificationCenter.Shown shown = center.find(user.id(), id, locale)
			.orElseThrow(() -> new NotificationNotFoundException(id));
		if (htmx == null) {
			return "redirect:/notifications";
		}
		model.addAttribute("notification", shown);
		model.addAttribute("unread", center.unread(user.id()));
		return "notification/notifications :: marked";
	}

	@PostMapping("/notifications/read-all")
	String markAllRead(@AuthenticationPrincipal AcademyUser user, RedirectAttributes redirect) {
		int marked = center.markAllRead(user.id());
		redirect.addFlashAttribute("messageKey", "notification.allMarkedRead");
		redirect.addFlashAttribute("messageArg", marked);
		return "redirect:/notifications";
	}

}
