package cn.yrd.academy.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.shared.yaml.SourceProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authoring in the browser. Every edit is applied to the course's draft as a package and checked by
 * the same rules as an uploaded package, so a course edited in the browser always exports and
 * imports cleanly. Editing a published course starts a new draft from it; publishing freezes it.
 */
@Service
public class CourseEditor {

	private final CourseRepository courses;

	private final CourseVersionRepository versions;

	private final CoursePackages packages;

	private final Organizations organizations;

	CourseEditor(CourseRepository courses, CourseVersionRepository versions, CoursePackages packages,
			Organizations organizations) {
		this.courses = courses;
		this.versions = versions;
		this.packages = packages;
		this.organizations = organizations;
	}

	/** The course as the editor shows it: its draft, or its latest published version to start a draft from. */
	public record Editing(CoursePackage course, boolean hasDraft, int version) {
	}

	@Transactional(readOnly = true)
	public Editing editing(String code, AcademyUser editor) {
		Course course = editable(code, editor);
		Optional<CourseVersion> draft = latest(course, CourseVersion.Status.DRAFT);
		CourseVersion current = draft.or(() -> latest(course, CourseVersion.Status.PUBLISHED))
			.orElseThrow(() -> new CourseNotFoundException(code));
		return new Editing(current.toPackage(ownerCode(course)), draft.isPresent(), current.getNumber());
	}

	/** Creates a new course as a draft of the editor's organization. */
	@Transactional
	public List<SourceProblem> create(CoursePackage course, AcademyUser editor) {
		if (courses.findByCode(course.code()).isPresent()) {
			return List.of(new SourceProblem("course.yaml", 0, "code", "course.codeExists", course.code()));
		}
		return packages.importPackage(CoursePackageWriter.write(course), editor, false).problems();
	}

	/**
	 * Applies a change to the course's draft; the problems of the changed course, or none when it was saved.
	 */
	@Transactional
	public List<SourceProblem> change(String code, AcademyUser editor, UnaryOperator<CoursePackage> change) {
		CoursePackage changed = change.apply(editing(code, editor).course());
		CoursePackages.ImportResult result = packages.importPackage(CoursePackageWriter.write(changed), editor, false);
		return result.problems();
	}

	/** Moves an item of a list one place up ({@code -1}) or down ({@code +1}); unchanged at the ends. */
	public static <T> List<T> move(List<T> items, int index, int direction) {
		List<T> moved = new ArrayList<>(items);
		int target = index + direction;
		if (index >= 0 && index < moved.size() && target >= 0 && target < moved.size()) {
			moved.add(target, moved.remove(index));
		}
		return moved;
	}

	private Course editable(String code, AcademyUser editor) {
		Course course = courses.findByCode(code).orElseThrow(() -> new CourseNotFoundException(code));
		packages.checkEditor(course, editor);
		return course;
	}

	private Optional<CourseVersion> latest(Course course, CourseVersion.Status status) {
		return versions.findFirstByCourseIdAndStatusOrderByNumberDesc(course.getId(), status);
	}

	private String ownerCode(Course course) {
		return organizations.find(course.getOwnerOrganizationId()).orElseThrow().code();
	}

}
