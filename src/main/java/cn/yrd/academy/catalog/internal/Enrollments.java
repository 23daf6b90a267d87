package cn.yrd.academy.catalog.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import cn.yrd.academy.catalog.LessonCompleted;
import cn.yrd.academy.identity.AcademyUser;
import org.springframework.context.ApplicationEventPublisher;
import cn.yrd.academy.shared.text.Bilingual;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Students join courses and record the lessons they have studied.
 */
@Service
public class Enrollments {

	private final EnrollmentRepository enrollments;

	private final CourseViews views;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Enrollments(EnrollmentRepository enrollments, CourseViews views, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.enrollments = enrollments;
		this.views = views;
		this.clock = clock;
	}

	/** The outcome of enrolling; missing prerequisites are reported, and enrolling goes ahead. */
	public record Enrolled(String course, boolean newlyEnrolled, List<CourseViews.Prerequisite> missingPrerequisites) {
	}

	public record MyCourse(String code, Bilingual title, int completedLessons, int totalLessons) {

		public int percentDone() {
			return totalLessons == 0 ? 0 : completedLessons * 100 / totalLessons;
		}

	}

	@Transactional
	public Optional<Enrolled> enroll(String code, AcademyUser student) {
		return views.visibleVersion(code, student).map(version -> {
			Course course = version.getCourse();
			boolean isNew = enrollments.enrollOnce(student.id(), course.getId(), clock.instant()) == 1;
			return new Enrolled(code, isNew, views.course(code, student).orElseThrow().missingPrerequisites());
		});
	}

	/** Marks a lesson done or not done; {@code false} when the student is not enrolled or no such lesson exists. */
	@Transactional
	public boolean mark(String code, String moduleSlug, String lessonSlug, boolean done, AcademyUser student) {
		Optional<CourseVersion> version = views.visibleVersion(code, student);
		boolean lessonExists = version.map(v -> v.getModules().stream()
			.filter(module -> module.getSlug().equals(moduleSlug))
			.flatMap(module -> module.getLessons().stream())
			.anyMatch(lesson -> lesson.getSlug().equals(lessonSlug))).orElse(false);
		Optional<Enrollment> enrollment = version
			.flatMap(v -> enrollments.findByUserIdAndCourseId(student.id(), v.getCourse().getId()));
		if (!lessonExists || enrollment.isEmpty()) {
			return false;
		}
		String key = lessonSlug;
		if (done) {
			if (!enrollment.get().isCompleted(key)) {
				enrollment.get().complete(key, clock.instant());
				events.publishEvent(new LessonCompleted(student.id(), code, key, clock.instant()));
			}
		}
		else {
			enrollment.get().reopen(key);
		}
		return true;
	}

	@Transactional(readOnly = true)
	public List<MyCourse> mine(AcademyUser student) {
		return enrollments.findByUserIdOrderByEnrolledAtDesc(student.id()).stream()
			.flatMap(enrollment -> views.course(enrollment.getCourse().getCode(), student).stream())
			.map(course -> new MyCourse(course.code(), course.title(), course.completedLessons(),
					course.totalLessons()))
			.toList();
	}

}
