package cn.yrd.academy.booking.web;

import cn.yrd.academy.booking.internal.CalendarFeeds;
import cn.yrd.academy.identity.AcademyUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A user's private calendar feed: the feed itself for calendar apps (public, the token is the only key), and
 * the page where the user makes, replaces or ends its URL.
 */
@Controller
class CalendarFeedController {

	static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=utf-8");

	private final CalendarFeeds feeds;

	CalendarFeedController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	/** The same empty 404 for a token that never existed and one that was revoked. */
	@GetMapping("/ical/{token}.ics")
	@ResponseBody
	ResponseEntity<String> feed(@PathVariable String token) {
		return feeds.render(token)
			.map(calendar -> ResponseEntity.ok().contentType(TEXT_CALENDAR).body(calendar))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@GetMapping("/my/calendar-feed")
	String show(@AuthenticationPrincipal AcademyUser user, Model model) {
		model.addAttribute("createdAt", feeds.createdAt(user.id()).orElse(null));
		return "booking/calendar-feed";
	}

	/** Only the hash is kept, so the URL travels to the next page once, as a flash attribute. */
	@PostMapping("/my/calendar-feed")
	String reset(@AuthenticationPrincipal AcademyUser user, RedirectAttributes redirect) {
		String token = feeds.reset(user.id());
		redirect.addFlashAttribute("feedUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/ical/{token}.ics")
			.buildAndExpand(token)
			.toUriString());
		return "redirect:/my/calendar-feed";
	}

	@PostMapping("/my/calendar-feed/revoke")
	String revoke(@AuthenticationPrincipal AcademyUser user, RedirectAttributes redirect) {
		feeds.revoke(user.id());
		redirect.addFlashAttribute("messageKey", "calendarFeed.revoked");
		return "redirect:/my/calendar-feed";
	}

}
