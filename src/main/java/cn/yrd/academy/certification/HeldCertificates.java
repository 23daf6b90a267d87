package cn.yrd.academy.certification;

import java.time.Instant;
import java.util.List;

import cn.yrd.academy.shared.text.Bilingual;

/**
 * The certificates students hold, for other modules (e.g. a talent profile backed by certificates).
 */
public interface HeldCertificates {

	/** The student's certificates that are issued or were (not pending or rejected ones), newest first. */
	List<HeldCertificate> of(long userId);

	/** A certificate as other modules see it; {@code status} is live: a revoked or expired one says so. */
	record HeldCertificate(String number, String definitionCode, Bilingual name, CertificateLevel level,
			List<String> skills, String issuerCode, CertificateStatus status, Instant issuedAt, Instant validUntil) {

		public HeldCertificate {
			skills = List.copyOf(skills);
		}

	}

}
