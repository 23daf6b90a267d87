package cn.yrd.academy.catalog.internal;

import java.util.List;

import cn.yrd.academy.identity.AcademyUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo progress, after the sample courses: student1 (and a few more demo students) are enrolled in PLC-101 and
 * have read all its lessons, so that with the graded labs of the demo (learning's DemoLearning) the demo holds
 * completed courses and certificates. It acts only while the student has no PLC-101 lesson done (not enrolled yet, or enrolled in an older demo without
 * progress), so lessons the student reopened in the browser stay open.
 */
@Component
@Profile("demo")
@Order(110)
class DemoStudy implements ApplicationRunner {

	/** student1, and the students of the talent pool's demo who hold the PLC certificate. */
	static final List<String> STUDENTS = List.of("student1", "student2", "student3", "student5");

	static final String COURSE = "PLC-101";

	private static final Logger log = LoggerFactory.getLogger(DemoStudy.class);

	private final Enrollments enrollments;

	private final EnrollmentRepository enrollmentRepository;

	private final CourseViews views;

	private final UserDetailsService users;

	DemoStudy(Enrollments enrollments, EnrollmentRepository enrollmentRepository, CourseViews views,
			UserDetailsService users) {
		this.enrollments = enrollments;
		this.enrollmentRepository = enrollmentRepository;
		this.views = views;
		this.users = users;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		STUDENTS.forEach(this::study);
	}

	private void study(String username) {
		AcademyUser student = (AcademyUser) users.loadUserByUsername(username);
		CourseVersion version = views.visibleVersion(COURSE, student).orElse(null);
		if (version == null || enrollmentRepository.findByUserIdAndCourseId(student.id(), version.getCourse().getId())
			.filter(enrollment -> !enrollment.getCompletedLessons().isEmpty())
			.isPresent()) {
			return;
		}
		enrollments.enroll(COURSE, student).orElseThrow();
		int marked = 0;
		for (CourseModule module : version.getModules()) {
			for (Lesson lesson : module.getLessons()) {
				enrollments.mark(COURSE, module.getSlug(), lesson.getSlug(), true, student);
				marked++;
			}
		}
		log.info("Demo study: {} enrolled in {} with {} lessons done", username, COURSE, marked);
	}

}
