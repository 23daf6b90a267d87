package cn.yrd.academy.catalog.web;

import java.io.IOException;
import java.util.List;

import cn.yrd.academy.catalog.internal.CoursePackages;
import cn.yrd.academy.catalog.internal.PackageFiles;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.shared.yaml.SourceProblem;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * Instructors upload a course package as a zip; every problem is listed, or the course is imported.
 */
@Controller
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'CLUSTER_ADMIN')")
class CourseImportController {

	private final CoursePackages packages;

	CourseImportController(CoursePackages packages) {
		this.packages = packages;
	}

	@GetMapping("/instructor/courses/import")
	String importForm(@AuthenticationPrincipal AcademyUser user, Model model) {
		return page(user, model);
	}

	@PostMapping("/instructor/courses/{code}/publish")
	String publish(@PathVariable String code, @AuthenticationPrincipal AcademyUser user, RedirectAttributes redirect) {
		boolean published = packages.publishDraft(code, user);
		redirect.addFlashAttribute("messageKey", published ? "import.published" : "import.noDraft");
		redirect.addFlashAttribute("messageArg", code);
		return "redirect:/instructor/courses/import";
	}

	private String page(AcademyUser user, Model model) {
		model.addAttribute("drafts", packages.drafts(user));
		return "catalog/import";
	}

	@PostMapping("/instructor/courses/import")
	String importPackage(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean publish, @AuthenticationPrincipal AcademyUser user,
			Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("errorKey", "import.noFile");
			return page(user, model);
		}
		if (file.getSize() > PackageFiles.MAX_ZIP_BYTES) {
			model.addAttribute("problems", List.of(SourceProblem.ofFile(file.getOriginalFilename(),
					"zip.tooLarge", PackageFiles.MAX_ZIP_BYTES / (1024 * 1024))));
			return page(user, model);
		}
		CoursePackages.ImportResult result = packages.importPackage(PackageFiles.fromZip(file.getBytes()), user,
				publish);
		model.addAttribute("result", result);
		model.addAttribute("problems", result.problems());
		model.addAttribute("fileName", file.getOriginalFilename());
		return page(user, model);
	}

}
