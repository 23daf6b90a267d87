package cn.yrd.academy.remote.web;

import java.nio.file.Path;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.remote.internal.Recordings;
import cn.yrd.academy.remote.internal.RemoteRefused;
import cn.yrd.academy.remote.internal.RemoteSession;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Playback of guacd's session recordings in the browser, for the student who made one, the course's instructors
 * and the base's lab admins; everyone else gets 403. The file is streamed as it lies on disk.
 */
@Controller
class RecordingController {

	private final Recordings recordings;

	RecordingController(Recordings recordings) {
		this.recordings = recordings;
	}

	@GetMapping("/remote/recordings/{sessionId}")
	String page(@PathVariable long sessionId, @AuthenticationPrincipal AcademyUser user, Model model) {
		RemoteSession session = checked(() -> recordings.replayable(user, sessionId));
		model.addAttribute("recorded", session);
		return "remote/recording";
	}

	@GetMapping("/remote/recordings/{sessionId}/file")
	ResponseEntity<Resource> file(@PathVariable long sessionId, @AuthenticationPrincipal AcademyUser user) {
		Path file = checked(() -> recordings.file(user, sessionId));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			// A recording may show what a student typed on screen: never kept by a shared cache.
			.cacheControl(CacheControl.noStore())
			.body(new FileSystemResource(file));
	}

	@GetMapping("/remote/bookings/{bookingId}/recordings")
	String ofBooking(@PathVariable long bookingId, @AuthenticationPrincipal AcademyUser user, Model model) {
		model.addAttribute("bookingId", bookingId);
		model.addAttribute("sessions", recordings.ofBooking(user, bookingId));
		return "remote/booking-recordings";
	}

	private interface Lookup<T> {

		T get();

	}

	private static <T> T checked(Lookup<T> lookup) {
		try {
			return lookup.get();
		}
		catch (RemoteRefused refused) {
			throw new ResponseStatusException(refused.status());
		}
	}

}
