package cn.yrd.academy.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.yrd.academy.catalog.internal.CatalogCard;
import cn.yrd.academy.catalog.internal.CatalogSearch;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.OrganizationSummary;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.shared.web.ApiController;
import cn.yrd.academy.shared.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The catalog for scripts: search published courses, enroll, list my enrollments.
 */
@ApiController
class CatalogApiController {

	private final CatalogSearch search;

	private final Enrollments enrollments;

	private final Organizations organizations;

	CatalogApiController(CatalogSearch search, Enrollments enrollments, Organizations organizations) {
		this.search = search;
		this.enrollments = enrollments;
		this.organizations = organizations;
	}

	record Title(String zh, String en) {
	}

	record Lab(String slug, String labImage) {
	}

	record CourseSummary(String code, Title title, String level, String ownerOrganization, List<Lab> labs) {
	}

	record CoursePage(List<CourseSummary> courses, long total, int page, int pages) {
	}

	record EnrollRequest(@NotBlank @Size(max = 40) String course) {
	}

	record Prerequisite(String code, boolean completed) {
	}

	record EnrollmentResponse(String course, boolean newlyEnrolled, List<Prerequisite> missingPrerequisites) {
	}

	record MyEnrollment(String course, Title title, int completedLessons, int totalLessons) {
	}

	@GetMapping("/api/v1/courses")
	CoursePage courses(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal AcademyUser user) {
		CatalogSearch.Page result = search.find(new CatalogSearch.Query(q, null, null, null, null, null, null,
				false, page), user.organizationId());
		Map<Long, String> owners = organizations.active().stream()
			.collect(Collectors.toMap(OrganizationSummary::id, OrganizationSummary::code));
		return new CoursePage(result.entries().stream().map(entry -> summary(entry, owners)).toList(),
				result.total(), result.page(), result.pages());
	}

	@PostMapping("/api/v1/enrollments")
	@PreAuthorize("hasRole('STUDENT')")
	@ResponseStatus(HttpStatus.CREATED)
	EnrollmentResponse enroll(@Valid @RequestBody EnrollRequest request, @AuthenticationPrincipal AcademyUser user) {
		Enrollments.Enrolled enrolled = enrollments.enroll(request.course(), user)
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "course-not-found", "api.error.course-not-found",
					request.course()));
		return new EnrollmentResponse(enrolled.course(), enrolled.newlyEnrolled(), enrolled.missingPrerequisites()
			.stream().map(missing -> new Prerequisite(missing.code(), missing.completed())).toList());
	}

	@GetMapping("/api/v1/enrollments")
	List<MyEnrollment> mine(@AuthenticationPrincipal AcademyUser user) {
		return enrollments.mine(user).stream()
			.map(course -> new MyEnrollment(course.code(), new Title(course.title().zh(), course.title().en()),
					course.completedLessons(), course.totalLessons()))
			.toList();
	}

	private static CourseSummary summary(CatalogCard entry, Map<Long, String> owners) {
		return new CourseSummary(entry.code(), new Title(entry.titleZh(), entry.titleEn()), entry.level(),
				owners.get(entry.ownerOrganizationId()),
				entry.labRefs().stream().map(lab -> new Lab(lab.slug(), lab.labImage())).toList());
	}

}
