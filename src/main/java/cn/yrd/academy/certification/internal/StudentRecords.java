package cn.yrd.academy.certification.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.yrd.academy.catalog.CourseProgress;
import cn.yrd.academy.catalog.LabExercises;
import cn.yrd.academy.catalog.LabRubric;
import cn.yrd.academy.certification.internal.RequirementCheck.CourseRecord;
import cn.yrd.academy.certification.internal.RequirementCheck.LabPass;
import cn.yrd.academy.certification.internal.RequirementCheck.StudentRecord;
import cn.yrd.academy.learning.LabResults;
import org.springframework.stereotype.Component;

/**
 * Gathers what a student has done, from the catalog (lessons) and learning (graded labs), for
 * {@link RequirementCheck}. Scores become percent of the exercise's points.
 */
@Component
class StudentRecords {

	private final LabResults results;

	private final LabExercises labs;

	private final CourseProgress progress;

	StudentRecords(LabResults results, LabExercises labs, CourseProgress progress) {
		this.results = results;
		this.labs = labs;
		this.progress = progress;
	}

	StudentRecord of(long userId, List<Requirement> requirements) {
		Map<String, Integer> maxPoints = new HashMap<>();
		List<LabPass> passes = results.passedBy(userId).stream()
			.map(lab -> new LabPass(lab.submissionId(), lab.courseCode(), lab.labSlug(),
					percent(lab.score(), maxPoints.computeIfAbsent(lab.courseCode() + "/" + lab.labSlug(),
							key -> labs.rubric(lab.courseCode(), lab.labSlug()).map(LabRubric::maxPoints).orElse(0))),
					lab.gradedAt()))
			.toList();
		Map<String, CourseRecord> courses = new HashMap<>();
		requirements.stream()
			.filter(requirement -> requirement.getKind() == Requirement.Kind.COURSE)
			.map(Requirement::getCourseCode)
			.distinct()
			.forEach(code -> courses.put(code,
					new CourseRecord(progress.outline(code), progress.completedLessons(userId, code))));
		return new StudentRecord(passes, courses);
	}

	private static int percent(int score, int maxPoints) {
		return maxPoints <= 0 ? 0 : Math.min(100, score * 100 / maxPoints);
	}

}
