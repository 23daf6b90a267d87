package cn.yrd.academy.catalog.internal;

import java.util.List;
import java.util.Optional;

import cn.yrd.academy.catalog.LabExerciseSummary;
import cn.yrd.academy.catalog.LabExercises;
import cn.yrd.academy.catalog.LabRubric;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.shared.text.Markdown;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CatalogLabExercises implements LabExercises {

	private final CourseViews views;

	private final CourseRepository courses;

	private final EnrollmentRepository enrollments;

	private final LabExerciseRepository labs;

	private final Markdown markdown;

	CatalogLabExercises(CourseViews views, CourseRepository courses, EnrollmentRepository enrollments,
			LabExerciseRepository labs, Markdown markdown) {
		this.labs = labs;
		this.markdown = markdown;
		this.views = views;
		this.courses = courses;
		this.enrollments = enrollments;
	}

	@Override
	public Optional<LabExerciseSummary> find(String courseCode, String labSlug, AcademyUser viewer) {
		return labs.findPublished(courseCode, labSlug).stream()
			.filter(row -> CourseViews.isVisible((CourseVersion) row[1], viewer))
			.map(row -> summary((LabExercise) row[0], (CourseVersion) row[1]))
			.findFirst();
	}

	@Override
	public Optional<String> instructionsHtml(String courseCode, String labSlug, AcademyUser viewer) {
		return labs.findPublished(courseCode, labSlug).stream()
			.filter(row -> CourseViews.isVisible((CourseVersion) row[1], viewer))
			.map(row -> markdown.toHtml(((LabExercise) row[0]).getInstructions()))
			.findFirst();
	}

	@Override
	public List<LabExerciseSummary> ofCourse(String courseCode, AcademyUser viewer) {
		return views.visibleVersion(courseCode, viewer)
			.map(version -> version.getModules().stream()
				.flatMap(module -> module.getLabs().stream())
				.map(lab -> summary(lab, version))
				.toList())
			.orElse(List.of());
	}

	@Override
	public Optional<LabRubric> rubric(String courseCode, String labSlug) {
		return labs.findPublished(courseCode, labSlug).stream().map(row -> {
			LabExercise lab = (LabExercise) row[0];
			return new LabRubric(courseCode, lab.getSlug(), lab.title(), lab.getPassMark(), lab.getChecklist().stream()
				.map(entry -> new LabRubric.Item(entry.text(), entry.getPoints()))
				.toList());
		}).findFirst();
	}

	@Override
	public boolean isEnrolled(long userId, String courseCode) {
		return enrollments.existsByUserIdAndCourseCode(userId, courseCode);
	}

	private static LabExerciseSummary summary(LabExercise lab, CourseVersion version) {
		return new LabExerciseSummary(version.getCourse().getCode(), version.title(), lab.getSlug(), lab.title(),
				lab.getLabImage(), lab.getMinutes());
	}

	@Override
	public boolean teaches(AcademyUser user, String courseCode) {
		return courses.findByCode(courseCode).filter(course -> CoursePackages.isEditor(course, user)).isPresent();
	}

	@Override
	public List<String> taughtBy(AcademyUser user) {
		return courses.findAll().stream()
			.filter(course -> CoursePackages.isEditor(course, user))
			.map(Course::getCode)
			.sorted()
			.toList();
	}

}
