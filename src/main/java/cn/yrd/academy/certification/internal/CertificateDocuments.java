package cn.yrd.academy.certification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import cn.yrd.academy.certification.CertificateStatus;
import cn.yrd.academy.certification.document.CertificateDocument;
import cn.yrd.academy.certification.document.CertificatePdf;
import cn.yrd.academy.identity.OrganizationSummary;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.shared.skills.Skill;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.shared.time.ClockConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Prints a certificate: fills the PDF document from the certificate, its definition and issuer. A certificate
 * past its end prints as expired even before the expiry job marked it so.
 */
@Component
public class CertificateDocuments {

	private final CertificatePdf pdf;

	private final Organizations organizations;

	private final SkillTaxonomy skills;

	private final MessageSource messages;

	private final CertificationProperties properties;

	private final Clock clock;

	CertificateDocuments(CertificatePdf pdf, Organizations organizations, SkillTaxonomy skills, MessageSource messages,
			CertificationProperties properties, Clock clock) {
		this.pdf = pdf;
		this.organizations = organizations;
		this.skills = skills;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/** The PDF of an issued (or once issued) certificate. */
	public byte[] pdf(Certificate certificate) {
		if (certificate.getIssuedAt() == null) {
			throw new CertificateNotFoundException(certificate.getNumber());
		}
		CertificationDefinition definition = certificate.getDefinition();
		String level = "certification.level." + definition.getLevel().name();
		Bilingual issuer = organizations.findByCode(definition.getIssuerCode()).map(OrganizationSummary::name)
			.orElse(new Bilingual(definition.getIssuerCode(), definition.getIssuerCode()));
		CertificateStatus status = certificate.getStatus() == CertificateStatus.ISSUED
				&& !certificate.isValidAt(clock.instant()) ? CertificateStatus.EXPIRED : certificate.getStatus();
		return pdf.render(new CertificateDocument(certificate.getNumber(), certificate.getHolderName(),
				definition.name(), messages.getMessage(level, null, Locale.SIMPLIFIED_CHINESE),
				messages.getMessage(level, null, Locale.ENGLISH), issuer, day(certificate.getIssuedAt()),
				day(certificate.getValidUntil()),
				definition.getSkills().stream().flatMap(code -> skills.find(code).stream()).map(Skill::name).toList(),
				properties.publicUrl() + "/verify/" + certificate.getNumber(), status.name()));
	}

	private static LocalDate day(Instant instant) {
		return instant == null ? null : instant.atZone(ClockConfiguration.CLUSTER_ZONE).toLocalDate();
	}

}
