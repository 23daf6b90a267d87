package cn.yrd.academy.certification.web;

import java.time.LocalDate;
import java.util.List;

import cn.yrd.academy.certification.CertificateLevel;
import cn.yrd.academy.certification.CertificateStatus;
import cn.yrd.academy.shared.skills.Skill;
import cn.yrd.academy.shared.text.Bilingual;

/**
 * What the public verification page shows of a certificate: the holder's name and nothing else personal. Dates are
 * days in the cluster's zone.
 */
record CertificateView(String number, String holderName, String definitionCode, Bilingual name,
		CertificateLevel level, String issuerCode, Bilingual issuerName, CertificateStatus status, LocalDate issuedOn,
		LocalDate validUntil, String revocationReason, LocalDate revokedOn, List<Skill> skills,
		List<EvidenceRow> evidence, boolean shared) {

	/** A graded lab behind the certificate; {@code anchor} is the fragment the credential's evidence id names. */
	record EvidenceRow(long submissionId, Bilingual labTitle, String courseCode, int score, LocalDate gradedOn) {

		public String anchor() {
			return "evidence-" + submissionId;
		}

	}

}
