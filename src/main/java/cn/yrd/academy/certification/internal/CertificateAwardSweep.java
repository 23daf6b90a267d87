package cn.yrd.academy.certification.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import cn.yrd.academy.learning.LabResults;
import cn.yrd.academy.scheduling.RecurringJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The {@code certificate-awards} job: checks again every student who passed a lab in the last two days. Awards
 * normally follow each grading at once; this catches one whose check failed (and, for a certification defined
 * since, recent work that meets it). Checking is idempotent, so a student already served gets nothing twice.
 */
@Component
class CertificateAwardSweep implements RecurringJob {

	private static final Logger log = LoggerFactory.getLogger(CertificateAwardSweep.class);

	static final Duration LOOK_BACK = Duration.ofDays(2);

	private final LabResults results;

	private final CertificateAwards awards;

	private final Clock clock;

	CertificateAwardSweep(LabResults results, CertificateAwards awards, Clock clock) {
		this.results = results;
		this.awards = awards;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "certificate-awards";
	}

	@Override
	public void run() {
		int awarded = sweep();
		if (awarded > 0) {
			log.info("Certificate sweep: {} certificates issued or queued that the gradings had not produced", awarded);
		}
	}

	/** Checks each recent student in a transaction of their own; one failing does not stop the others. */
	int sweep() {
		List<Long> students = results.studentsPassedSince(clock.instant().minus(LOOK_BACK));
		int awarded = 0;
		for (long student : students) {
			try {
				awarded += awards.evaluate(student).size();
			}
			catch (RuntimeException e) {
				log.error("Certificate sweep: the check for user {} failed", student, e);
			}
		}
		return awarded;
	}

}
