package cn.yrd.academy.catalog.web;

import cn.yrd.academy.catalog.internal.CourseNotFoundException;
import cn.yrd.academy.catalog.internal.CoursePackageWriter;
import cn.yrd.academy.catalog.internal.CoursePackages;
import cn.yrd.academy.catalog.internal.CourseViews;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A course page, its lessons, enrolling, progress and export.
 */
@Controller
class CourseController {

	private final CourseViews views;

	private final Enrollments enrollments;

	private final CoursePackages packages;

	CourseController(CourseViews views, Enrollments enrollments, CoursePackages packages) {
		this.views = views;
		this.enrollments = enrollments;
		this.packages = packages;
	}

	@GetMapping("/courses/{code}")
	String course(@PathVariable String code, @AuthenticationPrincipal AcademyUser user, Model model) {
		model.addAttribute("course", views.course(code, user).orElseThrow(() -> new CourseNotFoundException(code)));
		return "catalog/course";
	}

	@PostMapping("/courses/{code}/enroll")
	@PreAuthorize("hasRole('STUDENT')")
	String enroll(@PathVariable String code, @AuthenticationPrincipal AcademyUser user, RedirectAttributes redirect) {
		Enrollments.Enrolled enrolled = enrollments.enroll(code, user)
			.orElseThrow(() -> new CourseNotFoundException(code));
		redirect.addFlashAttribute("messageKey", enrolled.newlyEnrolled() ? "course.enrolled" : "course.alreadyEnrolled");
		return "redirect:/courses/" + code;
	}

	@GetMapping("/courses/{code}/lessons/{module}/{lesson}")
	String lesson(@PathVariable String code, @PathVariable String module, @PathVariable String lesson,
			@AuthenticationPrincipal AcademyUser user, Model model) {
		model.addAttribute("view", views.lesson(code, module, lesson, user)
			.orElseThrow(() -> new CourseNotFoundException(code)));
		return "catalog/lesson";
	}

	@PostMapping("/courses/{code}/lessons/{module}/{lesson}/progress")
	@PreAuthorize("hasRole('STUDENT')")
	String progress(@PathVariable String code, @PathVariable String module, @PathVariable String lesson,
			@RequestParam boolean done, @RequestParam(defaultValue = "false") boolean next,
			@AuthenticationPrincipal AcademyUser user, RedirectAttributes redirect) {
		if (!enrollments.mark(code, module, lesson, done, user)) {
			redirect.addFlashAttribute("errorKey", "lesson.notEnrolled");
		}
		CourseViews.LessonView view = views.lesson(code, module, lesson, user)
			.orElseThrow(() -> new CourseNotFoundException(code));
		if (next && view.next() != null) {
			return "redirect:/courses/" + code + "/lessons/" + view.next().moduleSlug() + "/" + view.next().slug();
		}
		return "redirect:/courses/" + code + "/lessons/" + module + "/" + lesson;
	}

	@GetMapping("/courses/{code}/export")
	ResponseEntity<byte[]> export(@PathVariable String code, @AuthenticationPrincipal AcademyUser user) {
		CourseViews.CourseView course = views.course(code, user).orElseThrow(() -> new CourseNotFoundException(code));
		byte[] zip = CoursePackageWriter.zip(course.code(),
				packages.export(code, user).orElseThrow(() -> new CourseNotFoundException(code)));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(course.code() + ".zip").build().toString())
			.body(zip);
	}

}
