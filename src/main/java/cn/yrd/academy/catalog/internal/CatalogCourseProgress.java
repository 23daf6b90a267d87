package cn.yrd.academy.catalog.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.yrd.academy.catalog.CourseProgress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CatalogCourseProgress implements CourseProgress {

	private final CourseRepository courses;

	private final CourseVersionRepository versions;

	private final EnrollmentRepository enrollments;

	CatalogCourseProgress(CourseRepository courses, CourseVersionRepository versions,
			EnrollmentRepository enrollments) {
		this.courses = courses;
		this.versions = versions;
		this.enrollments = enrollments;
	}

	@Override
	public Optional<CourseOutline> outline(String courseCode) {
		return courses.findByCode(courseCode)
			.flatMap(course -> versions.findFirstByCourseIdAndStatusOrderByNumberDesc(course.getId(),
					CourseVersion.Status.PUBLISHED))
			.map(version -> new CourseOutline(courseCode, version.title(),
					version.getModules().stream().flatMap(m -> m.getLessons().stream()).map(Lesson::getSlug).toList(),
					version.getModules().stream().flatMap(m -> m.getLabs().stream()).map(LabExercise::getSlug).toList()));
	}

	@Override
	public List<String> skillsOf(String courseCode) {
		return courses.findByCode(courseCode)
			.flatMap(course -> versions.findFirstByCourseIdAndStatusOrderByNumberDesc(course.getId(),
					CourseVersion.Status.PUBLISHED))
			.map(version -> List.copyOf(version.getSkills()))
			.orElse(List.of());
	}

	@Override
	public Set<String> completedLessons(long userId, String courseCode) {
		return courses.findByCode(courseCode)
			.flatMap(course -> enrollments.findByUserIdAndCourseId(userId, course.getId()))
			.map(enrollment -> enrollment.getCompletedLessons().keySet())
			.orElse(Set.of());
	}

}
