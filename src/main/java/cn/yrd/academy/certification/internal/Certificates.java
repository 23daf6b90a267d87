package cn.yrd.academy.certification.internal;

import java.util.List;
import java.util.Optional;

import cn.yrd.academy.certification.CertificateStatus;
import cn.yrd.academy.certification.HeldCertificates;
import cn.yrd.academy.certification.internal.RequirementCheck.Evaluation;
import cn.yrd.academy.identity.AcademyUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads certificates for the pages: the holder's own, the public view by number, an issuer's list, and a
 * student's progress towards each certification.
 */
@Service
@Transactional(readOnly = true)
public class Certificates implements HeldCertificates {

	public static final int PAGE_SIZE = 25;

	private final CertificateRepository certificates;

	private final DefinitionRepository definitions;

	private final StudentRecords records;

	private final IssuerAuthority authority;

	Certificates(CertificateRepository certificates, DefinitionRepository definitions, StudentRecords records,
			IssuerAuthority authority) {
		this.certificates = certificates;
		this.definitions = definitions;
		this.records = records;
		this.authority = authority;
	}

	@Override
	public List<HeldCertificate> of(long userId) {
		return certificates.findByUserIdOrderByRequestedAtDesc(userId).stream()
			.filter(c -> c.getIssuedAt() != null)
			.map(c -> new HeldCertificate(c.getNumber(), c.getDefinition().getCode(), c.getDefinition().name(),
					c.getDefinition().getLevel(), c.getDefinition().getSkills(), c.getDefinition().getIssuerCode(),
					c.getStatus(), c.getIssuedAt(), c.getValidUntil()))
			.toList();
	}

	/** Every certificate of the student, newest first, pending and rejected ones included. */
	public List<Certificate> mine(long userId) {
		return certificates.findByUserIdOrderByRequestedAtDesc(userId);
	}

	/** Whether the text has the shape of a certificate number, so a typing error gets its own message. */
	public static boolean isWellFormedNumber(String text) {
		return CertificateNumbers.isWellFormed(text);
	}

	/** Any certificate by number, for the public verification page; malformed numbers are never looked up. */
	public Optional<Certificate> byNumber(String number) {
		return CertificateNumbers.isWellFormed(number) ? certificates.findByNumber(number) : Optional.empty();
	}

	/**
	 * The certificate whose credential has this id ({@code urn:uuid:<credential id>}, the JWT's {@code jti}); only
	 * ask once the credential's signature has been checked, or a forged id would name a real holder.
	 */
	public Optional<Certificate> byCredentialId(String credentialId) {
		String prefix = "urn:uuid:";
		if (credentialId == null || !credentialId.startsWith(prefix)) {
			return Optional.empty();
		}
		String uuid = credentialId.substring(prefix.length());
		return uuid.matches("[0-9a-f-]{36}") ? certificates.findByCredentialId(uuid) : Optional.empty();
	}

	/** The certificate if the user holds it or administers its issuer; 404 for anyone else. */
	public Certificate forHolderOrIssuer(String number, AcademyUser user) {
		return byNumber(number)
			.filter(c -> c.getUserId() == user.id() || authority.administers(user, c.getDefinition().getIssuerCode()))
			.orElseThrow(() -> new CertificateNotFoundException(number));
	}

	/** Whether the user may act for the certificate's issuer (approve, reject, revoke). */
	public boolean administers(AcademyUser user, Certificate certificate) {
		return authority.administers(user, certificate.getDefinition().getIssuerCode());
	}

	/** The issuers the user administers, for the issuer's list filter. */
	public List<String> issuersOf(AcademyUser user) {
		return authority.issuersOf(user);
	}

	/**
	 * The certificates of the issuers the user administers, filtered by issuer, status, definition and a text found
	 * in the number or holder name; an issuer the user does not administer yields nothing.
	 */
	public Page<Certificate> issued(AcademyUser user, String issuer, CertificateStatus status, String definition,
			String text, int page) {
		List<String> issuers = authority.issuersOf(user);
		if (issuer != null && !issuer.isBlank()) {
			issuers = issuers.contains(issuer) ? List.of(issuer) : List.of();
		}
		if (issuers.isEmpty()) {
			return Page.empty(PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		}
		return certificates.search(issuers, status, blankToNull(definition), blankToNull(text),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
	}

	/** How far the student is towards each active certification: requirements met, lessons and labs missing. */
	public List<Progress> progress(long userId) {
		return definitions.findByActiveTrueOrderByCode().stream()
			.map(definition -> new Progress(definition, RequirementCheck.evaluate(definition.getRequirements(),
					records.of(userId, definition.getRequirements()), null)))
			.toList();
	}

	/** A definition and how the student's record meets it. */
	public record Progress(CertificationDefinition definition, Evaluation evaluation) {

		public long met() {
			return evaluation.metCount();
		}

		public int total() {
			return evaluation.outcomes().size();
		}

		public List<RequirementCheck.Outcome> outcomes() {
			return evaluation.outcomes();
		}

	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
