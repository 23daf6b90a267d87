package cn.yrd.academy.talent.internal;

import cn.yrd.academy.certification.CertificateChanged;
import cn.yrd.academy.learning.LabSubmissionGraded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps search cards current: a certificate issued, revoked or expired, or a lab passed, rebuilds the student's
 * card once that change has committed (a revoked certificate stops counting at once).
 */
@Component
class TalentCardTriggers {

	private static final Logger log = LoggerFactory.getLogger(TalentCardTriggers.class);

	private final TalentCards cards;

	private final TransactionTemplate newTransaction;

	TalentCardTriggers(TalentCards cards, PlatformTransactionManager transactions) {
		this.cards = cards;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(CertificateChanged changed) {
		refresh(changed.userId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(LabSubmissionGraded graded) {
		if (graded.passed()) {
			refresh(graded.userId());
		}
	}

	private void refresh(long userId) {
		try {
			newTransaction.executeWithoutResult(status -> cards.refresh(userId));
		}
		catch (RuntimeException e) {
			log.error("Talent card of user {} not rebuilt; it is at the next change or restart", userId, e);
		}
	}

}
