package cn.yrd.academy.certification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One requirement of a certification: a course completed, or one lab exercise passed, with a minimum score in
 * percent of the exercise's points.
 */
@Embeddable
public class Requirement {

	public enum Kind {
		/** Every lesson of the course done and every lab exercise of it passed. */
		COURSE,
		/** One lab exercise passed. */
		LAB
	}

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Column(name = "course_code")
	private String courseCode;

	@Column(name = "lab_slug")
	private String labSlug;

	@Column(name = "min_score")
	private int minScore;

	protected Requirement() {
	}

	private Requirement(Kind kind, String courseCode, String labSlug, int minScore) {
		if (minScore < 0 || minScore > 100) {
			throw new IllegalArgumentException("minimum score must be 0..100: " + minScore);
		}
		this.kind = kind;
		this.courseCode = courseCode;
		this.labSlug = labSlug;
		this.minScore = minScore;
	}

	public static Requirement course(String courseCode, int minScore) {
		return new Requirement(Kind.COURSE, courseCode, null, minScore);
	}

	public static Requirement lab(String courseCode, String labSlug, int minScore) {
		return new Requirement(Kind.LAB, courseCode, labSlug, minScore);
	}

	public Kind getKind() {
		return kind;
	}

	public String getCourseCode() {
		return courseCode;
	}

	public String getLabSlug() {
		return labSlug;
	}

	public int getMinScore() {
		return minScore;
	}

}
