package cn.yrd.academy.learning.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.yrd.academy.catalog.LabExercises;
import cn.yrd.academy.catalog.LabRubric;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.AuditEventType;
import cn.yrd.academy.identity.AuditLog;
import cn.yrd.academy.learning.LabResults;
import cn.yrd.academy.learning.LabSubmissionGraded;
import cn.yrd.academy.notification.Notification;
import cn.yrd.academy.notification.Notifications;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * Students submit lab results, instructors of the course grade them.
 */
@Service
@Transactional
public class LabSubmissions implements LabResults {

	private static final int MAX_NOTES = 5000;

	private final LabSubmissionRepository submissions;

	private final SubmissionFiles files;

	private final AttachedRecordings recordings;

	private final LabExercises labs;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final AuditLog auditLog;

	private final LearningProperties properties;

	private final Clock clock;

	public LabSubmissions(LabSubmissionRepository submissions, SubmissionFiles files, AttachedRecordings recordings,
			LabExercises labs, Notifications notifications, ApplicationEventPublisher events, AuditLog auditLog,
			LearningProperties properties, Clock clock) {
		this.properties = properties;
		this.auditLog = auditLog;
		this.submissions = submissions;
		this.files = files;
		this.recordings = recordings;
		this.labs = labs;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A new attempt at the exercise; its files and recordings are checked before anything is kept.
	 *
	 * @param recordingIds ids of the student's own sessions of this exercise whose recordings go with it
	 * @throws SubmissionRefused when the student is not enrolled, an attempt awaits grading or passed within
	 *     {@code retake-after-pass}, or a file or recording is refused
	 */
	public LabSubmission submit(AcademyUser student, String courseCode, String labSlug, String notes,
			List<MultipartFile> uploads, List<Long> recordingIds) {
		rubricFor(courseCode, labSlug);
		if (!labs.isEnrolled(student.id(), courseCode)) {
			throw new SubmissionRefused("learning.refused.notEnrolled", courseCode);
		}
		List<LabSubmission> earlier = attempts(student.id(), courseCode, labSlug);
		if (earlier.stream().anyMatch(s -> s.getStatus() == LabSubmission.Status.SUBMITTED)) {
			throw new SubmissionRefused("learning.refused.pending");
		}
		if (passedRecently(earlier)) {
			throw new SubmissionRefused("learning.refused.passed");
		}
		String text = notes == null ? "" : notes.strip();
		if (text.length() > MAX_NOTES) {
			throw new SubmissionRefused("learning.refused.notes", MAX_NOTES);
		}
		List<MultipartFile> checked = files.check(uploads);
		List<Long> recorded = recordings.check(student.id(), courseCode, labSlug, recordingIds);
		if (text.isEmpty() && checked.isEmpty() && recorded.isEmpty()) {
			throw new SubmissionRefused("learning.refused.nothing");
		}
		LabSubmission submission = submissions.saveAndFlush(new LabSubmission(student.id(), courseCode, labSlug,
				earlier.size() + 1, text, recorded, clock.instant()));
		long id = submission.getId();
		discardOnRollback(id);
		for (int i = 0; i < checked.size(); i++) {
			submission.attach(files.store(id, i, checked.get(i)));
		}
		return submission;
	}

	/** A pass stands for a while; after {@code retake-after-pass} fresh work may be graded, e.g. for a renewal. */
	private boolean passedRecently(List<LabSubmission> earlier) {
		Instant retakeFrom = clock.instant().minus(properties.retakeAfterPass());
		return earlier.stream().filter(LabSubmission::isPassed).anyMatch(s -> s.getGradedAt().isAfter(retakeFrom));
	}

	private void discardOnRollback(long id) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						files.discard(id);
					}
				}
			});
		}
	}

	/**
	 * Scores the submission; only instructors of its course who are not its student may.
	 *
	 * @throws AccessDeniedException for anyone else
	 * @throws SubmissionRefused when already graded or the points do not fit the checklist
	 */
	public LabSubmission grade(long submissionId, AcademyUser grader, List<Integer> points, String comment) {
		LabSubmission submission = get(submissionId);
		checkGrader(submission, grader);
		LabRubric rubric = rubricFor(submission.getCourseCode(), submission.getLabSlug());
		submission.grade(rubric, points, comment, grader.id(), clock.instant());
		events.publishEvent(new LabSubmissionGraded(submission.getId(), submission.getUserId(),
				submission.getCourseCode(), submission.getLabSlug(), submission.getScore(), submission.isPassed(),
				submission.getGradedAt()));
		auditLog.record(AuditEventType.LAB_SUBMISSION_GRADED, grader.getUsername(), "lab-submission:" + submissionId,
				submission.getCourseCode() + "/" + submission.getLabSlug() + " score " + submission.getScore()
						+ (submission.isPassed() ? " passed" : " failed"));
		notifications.send(Notification.of(submission.getUserId(), "lab-graded", rubric.title(),
				submission.getCourseCode(), submission.getScore(), rubric.passMark(),
				new Notification.Message(submission.isPassed() ? "learning.result.passed" : "learning.result.failed"))
			.withLink("/learning/submissions/" + submission.getId()));
		return submission;
	}

	public void checkGrader(LabSubmission submission, AcademyUser grader) {
		if (submission.getUserId() == grader.id() || !labs.teaches(grader, submission.getCourseCode())) {
			throw new AccessDeniedException("Not a grader of submission " + submission.getId());
		}
	}

	/** The submission as its student or a grader of its course sees it. */
	@Transactional(readOnly = true)
	public LabSubmission view(long submissionId, AcademyUser viewer) {
		LabSubmission submission = get(submissionId);
		if (submission.getUserId() != viewer.id() && !labs.teaches(viewer, submission.getCourseCode())) {
			throw new AccessDeniedException("May not see submission " + submissionId);
		}
		return submission;
	}

	@Transactional(readOnly = true)
	public LabRubric rubricFor(String courseCode, String labSlug) {
		return labs.rubric(courseCode, labSlug)
			.orElseThrow(() -> new SubmissionRefused("learning.refused.unknownLab", courseCode, labSlug));
	}

	@Transactional(readOnly = true)
	public List<LabSubmission> attempts(long userId, String courseCode, String labSlug) {
		return submissions.findByUserIdAndCourseCodeAndLabSlugOrderByAttemptDesc(userId, courseCode, labSlug);
	}

	@Transactional(readOnly = true)
	public List<LabSubmission> mine(long userId) {
		return submissions.findByUserIdOrderBySubmittedAtDesc(userId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PassedLab> passedBy(long userId) {
		return submissions.findByUserIdAndStatusOrderByGradedAtAsc(userId, LabSubmission.Status.PASSED).stream()
			.map(s -> new PassedLab(s.getId(), s.getCourseCode(), s.getLabSlug(), s.getScore(), s.getGradedAt()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Long> studentsPassedSince(Instant since) {
		return submissions.usersWithStatusSince(LabSubmission.Status.PASSED, since);
	}

	/** Submissions awaiting grading in the courses the instructor teaches, oldest first, none of their own. */
	@Transactional(readOnly = true)
	public List<LabSubmission> queue(AcademyUser instructor) {
		List<String> courses = labs.taughtBy(instructor);
		if (courses.isEmpty()) {
			return List.of();
		}
		return submissions.findByStatusAndCourseCodeInOrderBySubmittedAtAsc(LabSubmission.Status.SUBMITTED, courses)
			.stream()
			.filter(s -> s.getUserId() != instructor.id())
			.toList();
	}

	private LabSubmission get(long id) {
		return submissions.findById(id).orElseThrow(() -> new SubmissionNotFoundException(id));
	}

}
