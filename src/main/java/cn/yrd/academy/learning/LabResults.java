package cn.yrd.academy.learning;

import java.time.Instant;
import java.util.List;

/**
 * The graded lab work of students, for other modules (course completion, certification).
 */
public interface LabResults {

	/** The student's passed lab exercises, one per exercise (the passing attempt), oldest first. */
	List<PassedLab> passedBy(long userId);

	/** The students with a lab passed (graded) at or after {@code since}, each once. */
	List<Long> studentsPassedSince(Instant since);

	/** A passed lab exercise: the submission that passed it, its score and when it was graded. */
	record PassedLab(long submissionId, String courseCode, String labSlug, int score, Instant gradedAt) {
	}

}
