package cn.yrd.academy.learning.internal;

import java.util.List;

import cn.yrd.academy.catalog.CourseProgress;
import cn.yrd.academy.catalog.LabRubric;
import cn.yrd.academy.identity.AcademyUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo lab work, after student1 (and the other demo students of the catalog's demo study) enrolled in PLC-101 (the catalog's demo study): a submission for each of its lab
 * exercises, graded with full points by instructor1 of TONGJI, which teaches the course. Through the real
 * services, so the grading events go out as they would in class. An exercise student1 attempted already is left
 * as it is, except that a submission still waiting is graded.
 */
@Component
@Profile("demo")
@Order(120)
class DemoLearning implements ApplicationRunner {

	/** student1, and the students of the talent pool's demo who hold the PLC certificate. */
	static final List<String> STUDENTS = List.of("student1", "student2", "student3", "student5");

	static final String INSTRUCTOR = "instructor1";

	static final String COURSE = "PLC-101";

	private static final Logger log = LoggerFactory.getLogger(DemoLearning.class);

	private final LabSubmissions submissions;

	private final CourseProgress courses;

	private final UserDetailsService users;

	DemoLearning(LabSubmissions submissions, CourseProgress courses, UserDetailsService users) {
		this.submissions = submissions;
		this.courses = courses;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> labs = courses.outline(COURSE).map(CourseProgress.CourseOutline::labs).orElse(List.of());
		AcademyUser instructor = (AcademyUser) users.loadUserByUsername(INSTRUCTOR);
		for (String username : STUDENTS) {
			work((AcademyUser) users.loadUserByUsername(username), instructor, labs);
		}
	}

	private void work(AcademyUser student, AcademyUser instructor, List<String> labs) {
		int graded = 0;
		for (String lab : labs) {
			List<LabSubmission> attempts = submissions.attempts(student.id(), COURSE, lab);
			LabSubmission waiting = attempts.stream()
				.filter(s -> s.getStatus() == LabSubmission.Status.SUBMITTED)
				.findFirst()
				.orElse(null);
			if (waiting == null && !attempts.isEmpty()) {
				continue;
			}
			if (waiting == null) {
				waiting = submissions.submit(student, COURSE, lab,
						"程序已下载到 PLC，按测试记录表逐项调试通过，截图与程序存档见附件说明。", List.of(), List.of());
			}
			LabRubric rubric = submissions.rubricFor(COURSE, lab);
			submissions.grade(waiting.getId(), instructor, rubric.items().stream().map(LabRubric.Item::points).toList(),
					"接线与程序规范，测试记录完整。");
			graded++;
		}
		if (graded > 0) {
			log.info("Demo learning: {} lab submissions of {} in {} graded by {}", graded, student.getUsername(), COURSE,
					INSTRUCTOR);
		}
	}

}
