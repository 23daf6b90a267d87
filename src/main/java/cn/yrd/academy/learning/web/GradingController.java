package cn.yrd.academy.learning.web;

import java.util.ArrayList;
import java.util.List;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.learning.internal.LabSubmission;
import cn.yrd.academy.learning.internal.LabSubmissions;
import cn.yrd.academy.learning.internal.SubmissionRefused;
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
 * The grading queue of an instructor's courses and the form that scores one submission.
 */
@Controller
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'CLUSTER_ADMIN')")
class GradingController {

	private final LabSubmissions submissions;

	private final SubmissionViews views;

	GradingController(LabSubmissions submissions, SubmissionViews views) {
		this.submissions = submissions;
		this.views = views;
	}

	@GetMapping("/learning/grading")
	String queue(@AuthenticationPrincipal AcademyUser instructor, Model model) {
		model.addAttribute("submissions", views.of(submissions.queue(instructor)));
		return "learning/grading";
	}

	@GetMapping("/learning/grading/{id}")
	String initGradingForm(@PathVariable long id, @AuthenticationPrincipal AcademyUser instructor, Model model) {
		LabSubmission submission = submissions.view(id, instructor);
		submissions.checkGrader(submission, instructor);
		return form(submission, List.of(), "", model);
	}

	@PostMapping("/learning/grading/{id}")
	String processGradingForm(@PathVariable long id, @RequestParam(name = "points", required = false) List<Integer> points,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal AcademyUser instructor,
			Model model, RedirectAttributes redirect) {
		List<Integer> given = points == null ? List.of() : new ArrayList<>(points);
		LabSubmission graded;
		try {
			graded = submissions.grade(id, instructor, given, comment);
		}
		catch (SubmissionRefused refused) {
			LabSubmission submission = submissions.view(id, instructor);
			model.addAttribute("error", views.text(refused.messageKey(), refused.arguments()));
			return form(submission, given, comment, model);
		}
		redirect.addFlashAttribute("messageKey", graded.isPassed() ? "learning.graded.passed" : "learning.graded.failed");
		redirect.addFlashAttribute("messageArg", graded.getScore());
		return "redirect:/learning/grading";
	}

	private String form(LabSubmission submission, List<Integer> points, String comment, Model model) {
		model.addAttribute("view", views.of(submission));
		model.addAttribute("recordings", views.recordings(submission));
		model.addAttribute("rubric", submissions.rubricFor(submission.getCourseCode(), submission.getLabSlug()));
		model.addAttribute("points", points);
		model.addAttribute("comment", comment);
		return "learning/grade";
	}

}
