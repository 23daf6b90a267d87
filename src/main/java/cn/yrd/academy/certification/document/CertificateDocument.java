package cn.yrd.academy.certification.document;

import java.time.LocalDate;
import java.util.List;

import cn.yrd.academy.shared.text.Bilingual;

/**
 * What a printed certificate shows, in both languages where it has two.
 *
 * @param number the certificate number, such as {@code YRD-INT-2026-000042}
 * @param holderName the holder's name as it is to be printed
 * @param achievementName what was achieved (the course or program)
 * @param levelZh the level in Chinese: 初级, 中级 or 高级
 * @param levelEn the level in English: Beginner, Intermediate or Advanced
 * @param issuerName the issuing organization
 * @param issuedOn the day of issue
 * @param validUntil the last day of validity, or {@code null} when the certificate does not expire
 * @param skills the skills the certificate attests, in print order; may be empty
 * @param verifyUrl the public page that verifies this certificate, encoded in the QR code
 * @param status the certificate's status, such as {@code ISSUED}; any other status is printed across the page
 */
public record CertificateDocument(String number, String holderName, Bilingual achievementName, String levelZh,
		String levelEn, Bilingual issuerName, LocalDate issuedOn, LocalDate validUntil, List<Bilingual> skills,
		String verifyUrl, String status) {

	/** The status of a certificate in force; it prints no status banner. */
	public static final String ISSUED = "ISSUED";

	public CertificateDocument {
		skills = skills == null ? List.of() : List.copyOf(skills);
	}

	boolean inForce() {
		return status == null || ISSUED.equals(status);
	}

}
