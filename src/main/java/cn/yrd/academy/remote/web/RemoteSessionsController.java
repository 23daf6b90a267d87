package cn.yrd.academy.remote.web;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.remote.internal.LiveSessions;
import cn.yrd.academy.remote.internal.RemoteRefused;
import cn.yrd.academy.remote.internal.RemoteSession;
import cn.yrd.academy.remote.internal.SessionAccess;
import cn.yrd.academy.remote.internal.RemoteSessions;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's page of remote sessions: live ones to watch (and, for lab admins, end), recent ones to replay;
 * and the read-only viewer, which is the lab page's script in view mode.
 */
@Controller
class RemoteSessionsController {

	private final LiveSessions sessions;

	private final RemoteSessions records;

	private final SessionAccess access;

	RemoteSessionsController(LiveSessions sessions, RemoteSessions records, SessionAccess access) {
		this.sessions = sessions;
		this.records = records;
		this.access = access;
	}

	@GetMapping("/remote/sessions")
	String list(@AuthenticationPrincipal AcademyUser user, Model model) {
		requireStaff(user);
		model.addAttribute("live", sessions.visibleTo(user, true));
		model.addAttribute("recent", sessions.visibleTo(user, false));
		model.addAttribute("maxNote", LiveSessions.MAX_NOTE);
		return "remote/sessions";
	}

	@GetMapping("/remote/sessions/{id}/watch")
	String watch(@PathVariable long id, @AuthenticationPrincipal AcademyUser user, Model model) {
		RemoteSession session = records.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!access.mayObserve(user, session)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("watched", session);
		return "remote/watch";
	}

	@PostMapping("/remote/sessions/{id}/end")
	String end(@PathVariable long id, @RequestParam(required = false) String note,
			@AuthenticationPrincipal AcademyUser user, RedirectAttributes redirect) {
		try {
			sessions.end(user, id, note);
			redirect.addFlashAttribute("messageKey", "remote.sessions.ended");
		}
		catch (RemoteRefused refused) {
			if (refused.status() == HttpStatus.FORBIDDEN) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			}
			redirect.addFlashAttribute("errorKey", refused.messageKey());
		}
		return "redirect:/remote/sessions";
	}

	private static void requireStaff(AcademyUser user) {
		if (!user.hasRole(Role.INSTRUCTOR) && !user.hasRole(Role.LAB_ADMIN) && !user.hasRole(Role.CLUSTER_ADMIN)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
