package cn.yrd.academy.learning.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.yrd.academy.catalog.LabRubric;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * One attempt of a student at a lab exercise: notes and files, later graded item by item against the checklist.
 */
@Entity
@Table(name = "lab_submissions")
public class LabSubmission {

	public enum Status {

		SUBMITTED, PASSED, FAILED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id")
	private long userId;

	@Column(name = "course_code")
	private String courseCode;

	@Column(name = "lab_slug")
	private String labSlug;

	private int attempt;

	private String notes;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "graded_by")
	private Long gradedBy;

	@Column(name = "graded_at")
	private Instant gradedAt;

	private Integer score;

	@Column(name = "pass_mark")
	private Integer passMark;

	@Column(name = "grade_comment")
	private String comment;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "lab_submission_files", joinColumns = @JoinColumn(name = "submission_id"))
	@OrderColumn(name = "position")
	private List<SubmittedFile> files = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "lab_submission_scores", joinColumns = @JoinColumn(name = "submission_id"))
	@OrderColumn(name = "position")
	@Column(name = "points")
	private List<Integer> itemPoints = new ArrayList<>();

	/** Ids of the student's own remote sessions whose recordings go with this attempt. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "lab_submission_recordings", joinColumns = @JoinColumn(name = "submission_id"))
	@OrderColumn(name = "position")
	@Column(name = "session_id")
	private List<Long> recordingIds = new ArrayList<>();

	protected LabSubmission() {
	}

	LabSubmission(long userId, String courseCode, String labSlug, int attempt, String notes, List<Long> recordingIds,
			Instant submittedAt) {
		this.userId = userId;
		this.recordingIds.addAll(recordingIds);
		this.courseCode = courseCode;
		this.labSlug = labSlug;
		this.attempt = attempt;
		this.notes = notes;
		this.status = Status.SUBMITTED;
		this.submittedAt = submittedAt;
	}

	void attach(SubmittedFile file) {
		files.add(file);
	}

	/**
	 * Scores each checklist item; the submission passes when the total reaches the pass mark.
	 *
	 * @throws SubmissionRefused when already graded or the points do not fit the rubric
	 */
	void grade(LabRubric rubric, List<Integer> points, String comment, long graderId, Instant at) {
		if (status != Status.SUBMITTED) {
			throw new SubmissionRefused("learning.refused.alreadyGraded");
		}
		if (points.size() != rubric.items().size()) {
			throw new SubmissionRefused("learning.refused.scores");
		}
		for (int i = 0; i < points.size(); i++) {
			Integer given = points.get(i);
			if (given == null || given < 0 || given > rubric.items().get(i).points()) {
				throw new SubmissionRefused("learning.refused.scores");
			}
		}
		this.itemPoints.clear();
		this.itemPoints.addAll(points);
		this.score = points.stream().mapToInt(Integer::intValue).sum();
		this.passMark = rubric.passMark();
		this.status = score >= rubric.passMark() ? Status.PASSED : Status.FAILED;
		this.comment = comment == null ? null : comment.strip();
		this.gradedBy = graderId;
		this.gradedAt = at;
	}

	public Long getId() {
		return id;
	}

	public long getUserId() {
		return userId;
	}

	public String getCourseCode() {
		return courseCode;
	}

	public String getLabSlug() {
		return labSlug;
	}

	public int getAttempt() {
		return attempt;
	}

	public String getNotes() {
		return notes;
	}

	public Status getStatus() {
		return status;
	}

	public boolean isPassed() {
		return status == Status.PASSED;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Long getGradedBy() {
		return gradedBy;
	}

	public Instant getGradedAt() {
		return gradedAt;
	}

	public Integer getScore() {
		return score;
	}

	public Integer getPassMark() {
		return passMark;
	}

	public String getComment() {
		return comment;
	}

	public List<SubmittedFile> getFiles() {
		return List.copyOf(files);
	}

	public List<Long> getRecordingIds() {
		return List.copyOf(recordingIds);
	}

	public List<Integer> getItemPoints() {
		return List.copyOf(itemPoints);
	}

}
