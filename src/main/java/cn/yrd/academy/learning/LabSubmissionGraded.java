package cn.yrd.academy.learning;

import java.time.Instant;

/**
 * An instructor graded a student's lab submission; {@code passed} when the score reached the exercise's pass mark.
 */
public record LabSubmissionGraded(long submissionId, long userId, String courseCode, String labSlug, int score,
		boolean passed, Instant gradedAt) {
}
