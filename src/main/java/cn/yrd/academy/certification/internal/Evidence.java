package cn.yrd.academy.certification.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A graded lab submission behind a certificate, with its score in percent of the exercise's points.
 */
@Embeddable
public class Evidence {

	@Column(name = "submission_id")
	private long submissionId;

	@Column(name = "course_code")
	private String courseCode;

	@Column(name = "lab_slug")
	private String labSlug;

	private int score;

	@Column(name = "graded_at")
	private Instant gradedAt;

	protected Evidence() {
	}

	public Evidence(long submissionId, String courseCode, String labSlug, int score, Instant gradedAt) {
		this.submissionId = submissionId;
		this.courseCode = courseCode;
		this.labSlug = labSlug;
		this.score = score;
		this.gradedAt = gradedAt;
	}

	public long getSubmissionId() {
		return submissionId;
	}

	public String getCourseCode() {
		return courseCode;
	}

	public String getLabSlug() {
		return labSlug;
	}

	public int getScore() {
		return score;
	}

	public Instant getGradedAt() {
		return gradedAt;
	}

}
