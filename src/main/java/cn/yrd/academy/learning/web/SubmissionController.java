package cn.yrd.academy.learning.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.yrd.academy.catalog.LabRubric;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.learning.internal.AttachedRecordings;
import cn.yrd.academy.learning.internal.LabSubmission;
import cn.yrd.academy.learning.internal.LabSubmissions;
import cn.yrd.academy.learning.internal.LearningProperties;
import cn.yrd.academy.learning.internal.SubmissionFiles;
import cn.yrd.academy.learning.internal.SubmissionNotFoundException;
import cn.yrd.academy.learning.internal.SubmissionRefused;
import cn.yrd.academy.learning.internal.SubmittedFile;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A student's lab submissions: the form to hand in a result, the list of their own, one submission and its files.
 */
@Controller
class SubmissionController {

	private final LabSubmissions submissions;

	private final SubmissionFiles files;

	private final SubmissionViews views;

	private final LearningProperties properties;

	private final AttachedRecordings recordings;

	SubmissionController(LabSubmissions submissions, SubmissionFiles files, SubmissionViews views,
			LearningProperties properties, AttachedRecordings recordings) {
		this.submissions = submissions;
		this.files = files;
		this.views = views;
		this.properties = properties;
		this.recordings = recordings;
	}

	@GetMapping("/learning/submissions/new")
	String initCreationForm(@RequestParam String course, @RequestParam String lab,
			@AuthenticationPrincipal AcademyUser student, Model model) {
		return form(course, lab, "", List.of(), student, model);
	}

	@PostMapping("/learning/submissions")
	String processCreationForm(@RequestParam String course, @RequestParam String lab,
			@RequestParam(required = false) String notes,
			@RequestParam(name = "files", required = false) List<MultipartFile> uploads,
			@RequestParam(name = "recordings", required = false) List<Long> recordingIds,
			@AuthenticationPrincipal AcademyUser student, Model model, RedirectAttributes redirect) {
		List<Long> chosen = recordingIds == null ? List.of() : recordingIds;
		LabSubmission submission;
		try {
			submission = submissions.submit(student, course, lab, notes, uploads, chosen);
		}
		catch (SubmissionRefused refused) {
			model.addAttribute("error", views.text(refused.messageKey(), refused.arguments()));
			return form(course, lab, notes, chosen, student, model);
		}
		redirect.addFlashAttribute("messageKey", "learning.submitted");
		redirect.addFlashAttribute("messageArg", submission.getAttempt());
		return "redirect:/learning/submissions/" + submission.getId();
	}

	private String form(String course, String lab, String notes, List<Long> chosen, AcademyUser student,
			Model model) {
		LabRubric rubric;
		try {
			rubric = submissions.rubricFor(course, lab);
		}
		catch (SubmissionRefused unknown) {
			throw new SubmissionNotFoundException(0);
		}
		model.addAttribute("rubric", rubric);
		model.addAttribute("notes", notes);
		model.addAttribute("recordings", recordings.available(student.id(), course, lab));
		model.addAttribute("chosen", chosen);
		model.addAttribute("attempts", views.of(submissions.attempts(student.id(), course, lab)));
		model.addAttribute("maxFiles", properties.maxFiles());
		model.addAttribute("maxRecordings", AttachedRecordings.MAX_RECORDINGS);
		model.addAttribute("maxMegabytes", properties.maxFileSize().toMegabytes());
		model.addAttribute("extensions", String.join(", ", properties.extensions()));
		model.addAttribute("accept", String.join(",", properties.extensions().stream().map(e -> "." + e).toList()));
		return "learning/submit";
	}

	@GetMapping("/learning/submissions")
	String mine(@AuthenticationPrincipal AcademyUser student, Model model) {
		model.addAttribute("submissions", views.of(submissions.mine(student.id())));
		return "learning/mine";
	}

	@GetMapping("/learning/submissions/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal AcademyUser viewer, Model model) {
		LabSubmission submission = submissions.view(id, viewer);
		model.addAttribute("view", views.of(submission));
		model.addAttribute("recordings", views.recordings(submission));
		model.addAttribute("own", submission.getUserId() == viewer.id());
		model.addAttribute("rubric", submissions.rubricFor(submission.getCourseCode(), submission.getLabSlug()));
		return "learning/submission";
	}

	@GetMapping("/learning/submissions/{id}/files/{position}")
	ResponseEntity<Resource> download(@PathVariable long id, @PathVariable int position,
			@AuthenticationPrincipal AcademyUser viewer) throws IOException {
		LabSubmission submission = submissions.view(id, viewer);
		if (position < 0 || position >= submission.getFiles().size()) {
			throw new SubmissionNotFoundException(id);
		}
		SubmittedFile file = submission.getFiles().get(position);
		Path path = files.path(id, file);
		if (!Files.isRegularFile(path)) {
			throw new SubmissionNotFoundException(id);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getContentType()))
			.contentLength(Files.size(path))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.getOriginalName(), StandardCharsets.UTF_8).build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(path));
	}


}
