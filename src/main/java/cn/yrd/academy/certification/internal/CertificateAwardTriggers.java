package cn.yrd.academy.certification.internal;

import cn.yrd.academy.catalog.LessonCompleted;
import cn.yrd.academy.learning.LabSubmissionGraded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the award check once a passed grading or a completed lesson has committed. A bean of its own, so that
 * {@link CertificateAwards#evaluate} is called through its transactional proxy (a call from inside
 * CertificateAwards would run without a transaction).
 */
@Component
class CertificateAwardTriggers {

	private static final Logger log = LoggerFactory.getLogger(CertificateAwardTriggers.class);

	private final CertificateAwards awards;

	CertificateAwardTriggers(CertificateAwards awards) {
		this.awards = awards;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(LabSubmissionGraded graded) {
		if (graded.passed()) {
			evaluateQuietly(graded.userId());
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(LessonCompleted completed) {
		evaluateQuietly(completed.userId());
	}

	/** After the grading committed: a failed check is logged and must not look like a failed grading. */
	private void evaluateQuietly(long userId) {
		try {
			awards.evaluate(userId);
		}
		catch (RuntimeException e) {
			log.error("Certification check for user {} failed; it runs again at the student's next passed lab", userId, e);
		}
	}

}
