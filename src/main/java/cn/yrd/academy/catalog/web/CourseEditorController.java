package cn.yrd.academy.catalog.web;

import java.util.List;
import java.util.function.UnaryOperator;

import cn.yrd.academy.catalog.CourseLevel;
import cn.yrd.academy.catalog.internal.CourseEditor;
import cn.yrd.academy.catalog.internal.CoursePackage;
import cn.yrd.academy.catalog.internal.CoursePackages;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.labs.LabImages;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.shared.text.Markdown;
import cn.yrd.academy.shared.yaml.SourceProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Course authoring in the browser: details, modules, lessons with a live Markdown preview, labs,
 * order, and publishing. Every save goes through the course package rules.
 */
@Controller
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'CLUSTER_ADMIN')")
class CourseEditorController {

	private static final String BASE = "/instructor/courses/{code}/edit";

	private final CourseEditor editor;

	private final CoursePackages packages;

	private final Organizations organizations;

	private final SkillTaxonomy skills;

	private final LabImages labImages;

	private final Markdown markdown;

	CourseEditorController(CourseEditor editor, CoursePackages packages, Organizations organizations,
			SkillTaxonomy skills, LabImages labImages, Markdown markdown) {
		this.editor = editor;
		this.packages = packages;
		this.organizations = organizations;
		this.skills = skills;
		this.labImages = labImages;
		this.markdown = markdown;
	}

	@GetMapping("/instructor/courses/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", CourseDetailsForm.empty());
		model.addAttribute("lesson", LessonForm.empty());
		return newCoursePage(model, List.of());
	}

	@PostMapping("/instructor/courses/new")
	String processCreationForm(@ModelAttribute("form") CourseDetailsForm form,
			@RequestParam(defaultValue = "") String moduleSlug, @RequestParam(defaultValue = "") String moduleTitleZh,
			@RequestParam(defaultValue = "") String moduleTitleEn, @RequestParam(defaultValue = "") String lessonSlug,
			@RequestParam(defaultValue = "") String lessonTitleZh, @RequestParam(defaultValue = "") String lessonTitleEn,
			@RequestParam(required = false) Integer lessonMinutes, @RequestParam(defaultValue = "") String lessonBody,
			@AuthenticationPrincipal AcademyUser user, Model model, RedirectAttributes redirect) {
		// The course's own title fields are named titleZh/titleEn, so the first lesson's carry a prefix.
		LessonForm lesson = new LessonForm(lessonSlug, lessonTitleZh, lessonTitleEn, lessonMinutes, lessonBody);
		model.addAttribute("lesson", lesson);
		String code = form.code() == null ? "" : form.code().strip();
		String owner = organizations.find(user.organizationId()).orElseThrow().code();
		CoursePackage.Module module = new CoursePackage.Module(moduleSlug.strip(),
				new Bilingual(moduleTitleZh.strip(), moduleTitleEn.strip()), List.of(lesson.toLesson(null)), List.of());
		CoursePackage blank = new CoursePackage(code, null, null, owner, null, 0, null, null, List.of(), List.of(),
				List.of(module));
		List<SourceProblem> problems = editor.create(form.applyTo(blank), user);
		if (!problems.isEmpty()) {
			return newCoursePage(model, problems);
		}
		redirect.addFlashAttribute("messageKey", "editor.created");
		return "redirect:/instructor/courses/" + code + "/edit";
	}

	@GetMapping(BASE)
	String edit(@PathVariable String code, @AuthenticationPrincipal AcademyUser user, Model model) {
		return editPage(code, user, model, null, List.of());
	}

	@PostMapping(BASE + "/details")
	String saveDetails(@PathVariable String code, @ModelAttribute("form") CourseDetailsForm form,
			@AuthenticationPrincipal AcademyUser user, Model model, RedirectAttributes redirect) {
		return save(code, user, model, redirect, form, form::applyTo);
	}

	@PostMapping(BASE + "/modules")
	String addModule(@PathVariable String code, @RequestParam(defaultValue = "") String moduleSlug,
			@RequestParam(defaultValue = "") String moduleTitleZh, @RequestParam(defaultValue = "") String moduleTitleEn,
			@ModelAttribute("lesson") LessonForm lesson, @AuthenticationPrincipal AcademyUser user, Model model,
			RedirectAttributes redirect) {
		return save(code, user, model, redirect, null, course -> course.withModules(CourseEdits.append(course.modules(),
				new CoursePackage.Module(moduleSlug.strip(), new Bilingual(moduleTitleZh.strip(), moduleTitleEn.strip()),
						List.of(lesson.toLesson(null)), List.of()))));
	}

	@PostMapping(BASE + "/modules/{index}/move")
	String moveModule(@PathVariable String code, @PathVariable int index, @RequestParam int direction,
			@AuthenticationPrincipal AcademyUser user, Model model, RedirectAttributes redirect) {
		return save(code, user, model, redirect, null,
				course -> course.withModules(CourseEditor.move(course.modules(), index, Integer.signum(direction))));
	}

	@PostMapping(BASE + "/modules/{index}/lessons")
	String addLesson(@PathVariable String code, @PathVariable int index, @ModelAttribute("lesson") LessonForm lesson,
			@AuthenticationPrincipal AcademyUser user, Model model, RedirectAttributes redirect) {
		return save(code, user, model, redirect, null, course -> CourseEdits.changeModule(course, index,
				module -> module.withLessons(CourseEdits.append(module.lessons(), lesson.toLesson(null)))));
	}

	@PostMapping(BASE + "/modules/{index}/lessons/{lessonIndex}/move")
	String moveLesson(@PathVariable String code, @PathVariable int index, @PathVariable int lessonIndex,
			@RequestParam int direction, @AuthenticationPrincipal AcademyUser user, Model model,
			RedirectAttributes redirect) {
		return save(code, user, model, redirect, null, course -> CourseEdits.changeModule(course, index,
				module -> module.withLessons(CourseEditor.move(module.lessons(), lessonIndex, Integer.signum(direction)))));
	}

	@PostMapping(BASE + "/modules/{index}")
	String renameModule(@PathVariable String code, @PathVariable int index, @RequestParam(defaultValue = "") String titleZh,
			@RequestParam(defaultValue = "") String titleEn, @AuthenticationPrincipal AcademyUser user, Model model,
			RedirectAttributes redirect) {
		return save(code, user, model, redirect, null, course -> CourseEdits.changeModule(course, index,
				module -> module.withTitle(new Bilingual(titleZh.strip(), titleEn.strip()))));
	}

	@PostMapping(BASE + "/modules/{index}/delete")
	String deleteModule(@PathVariable String code, @PathVariable int index, @AuthenticationPrincipal AcademyUser user,
			Model model, RedirectAttributes redirect) {
		return save(code, user, model, redirect, null, course -> course.withModules(course.modules().stream()
			.filter(module -> course.modules().indexOf(module) != CourseEdits.checkIndex(course, index)).toList()));
	}

	@PostMapping(BASE + "/lessons/{slug}/delete")
	String deleteLesson(@PathVariable String code, @PathVariable String slug, @AuthenticationPrincipal AcademyUser user,
			Model model, RedirectAttributes redirect) {
		return save(code, user, model, redirect, null, course -> course.withModules(CourseEdits.lessonExists(course, slug)
			.modules().stream()
			.map(module -> module.withLessons(
					module.lessons().stream().filter(lesson -> !lesson.slug().equals(slug)).toList()))
			.toList()));
	}

	@PostMapping(BASE + "/labs/{slug}/delete")
	String deleteLab(@PathVariable String code, @PathVariable String slug, @AuthenticationPrincipal AcademyUser user,
			Model model, RedirectAttributes redirect) {
		return save(code, user, model, redirect, null, course -> course.withModules(CourseEdits.labExists(course, slug)
			.modules().stream()
			.map(module -> module.withLabs(module.labs().stream().filter(lab -> !lab.slug().equals(slug)).toList()))
			.toList()));
	}

	@GetMapping(BASE + "/lessons/{slug}")
	String editLesson(@PathVariable String code, @PathVariable String slug, @AuthenticationPrincipal AcademyUser user,
			Model model) {
		CoursePackage course = editor.editing(code, user).course();
		model.addAttribute("lesson", LessonForm.of(CourseEdits.lesson(course, slug)));
		return lessonPage(code, course, model, List.of());
	}

	@PostMapping(BASE + "/lessons/{slug}")
	String saveLesson(@PathVariable String code, @PathVariable String slug, @ModelAttribute("lesson") LessonForm form,
			@AuthenticationPrincipal AcademyUser user, Model model, RedirectAttributes redirect) {
		List<SourceProblem> problems = editor.change(code, user, course -> CourseEdits.replaceLesson(CourseEdits.lessonExists(course, slug),
				slug, form.toLesson(slug)));
		if (!problems.isEmpty()) {
			return lessonPage(code, editor.editing(code, user).course(), model, problems);
		}
		redirect.addFlashAttribute("messageKey", "editor.saved");
		return "redirect:/instructor/courses/" + code + "/edit";
	}

	@PostMapping(BASE + "/modules/{index}/labs")
	String addLab(@PathVariable String code, @PathVariable int index, @ModelAttribute("lab") LabForm lab,
			@AuthenticationPrincipal AcademyUser user, Model model, RedirectAttributes redirect) {
		return save(code, user, model, redirect, null, course -> CourseEdits.changeModule(course, index,
				module -> module.withLabs(CourseEdits.append(module.labs(), lab.toLab(null)))));
	}

	@GetMapping(BASE + "/labs/{slug}")
	String editLab(@PathVariable String code, @PathVariable String slug, @AuthenticationPrincipal AcademyUser user,
			Model model) {
		CoursePackage course = editor.editing(code, user).course();
		model.addAttribute("lab", LabForm.of(CourseEdits.lab(course, slug)));
		return labPage(code, model, List.of());
	}

	@PostMapping(BASE + "/labs/{slug}")
	String saveLab(@PathVariable String code, @PathVariable String slug, @ModelAttribute("lab") LabForm form,
			@AuthenticationPrincipal AcademyUser user, Model model, RedirectAttributes redirect) {
		List<SourceProblem> problems = editor.change(code, user,
				course -> CourseEdits.replaceLab(CourseEdits.labExists(course, slug), slug, form.toLab(slug)));
		if (!problems.isEmpty()) {
			return labPage(code, model, problems);
		}
		redirect.addFlashAttribute("messageKey", "editor.saved");
		return "redirect:/instructor/courses/" + code + "/edit";
	}

	@PostMapping(BASE + "/publish")
	String publish(@PathVariable String code, @AuthenticationPrincipal AcademyUser user, RedirectAttributes redirect) {
		boolean published = packages.publishDraft(code, user);
		redirect.addFlashAttribute("messageKey", published ? "import.published" : "import.noDraft");
		redirect.addFlashAttribute("messageArg", code);
		return published ? "redirect:/courses/" + code : "redirect:/instructor/courses/" + code + "/edit";
	}

	/** Renders lesson Markdown exactly as students will see it, for the editor's live preview. */
	@PostMapping(value = "/instructor/preview", produces = "text/html;charset=UTF-8")
	@ResponseBody
	String preview(@RequestParam(required = false) String body, @RequestParam(required = false) String lessonBody) {
		return markdown.toHtml(body != null ? body : lessonBody);
	}

	private String save(String code, AcademyUser user, Model model, RedirectAttributes redirect,
			CourseDetailsForm form, UnaryOperator<CoursePackage> change) {
		List<SourceProblem> problems = editor.change(code, user, change);
		if (!problems.isEmpty()) {
			return editPage(code, user, model, form, problems);
		}
		redirect.addFlashAttribute("messageKey", "editor.saved");
		return "redirect:/instructor/courses/" + code + "/edit";
	}

	private String editPage(String code, AcademyUser user, Model model, CourseDetailsForm form,
			List<SourceProblem> problems) {
		CourseEditor.Editing editing = editor.editing(code, user);
		model.addAttribute("editing", editing);
		model.addAttribute("form", form != null ? form : CourseDetailsForm.of(editing.course()));
		model.addAttribute("problems", problems);
		if (!model.containsAttribute("lesson") || problems.isEmpty()) {
			model.addAttribute("lesson", LessonForm.empty());
		}
		if (!model.containsAttribute("lab") || problems.isEmpty()) {
			model.addAttribute("lab", LabForm.empty());
		}
		return choices(model, "catalog/edit");
	}

	private String newCoursePage(Model model, List<SourceProblem> problems) {
		model.addAttribute("problems", problems);
		return choices(model, "catalog/new-course");
	}

	private String lessonPage(String code, CoursePackage course, Model model, List<SourceProblem> problems) {
		model.addAttribute("code", code);
		model.addAttribute("courseTitle", course.title());
		model.addAttribute("problems", problems);
		return "catalog/edit-lesson";
	}

	private String labPage(String code, Model model, List<SourceProblem> problems) {
		model.addAttribute("code", code);
		model.addAttribute("problems", problems);
		return choices(model, "catalog/edit-lab");
	}

	private String choices(Model model, String view) {
		model.addAttribute("allSkills", skills.all());
		model.addAttribute("labImages", labImages.all());
		model.addAttribute("levels", CourseLevel.values());
		return view;
	}

}
