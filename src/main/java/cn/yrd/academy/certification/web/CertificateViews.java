package cn.yrd.academy.certification.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.yrd.academy.catalog.LabExercises;
import cn.yrd.academy.catalog.LabRubric;
import cn.yrd.academy.certification.internal.Certificate;
import cn.yrd.academy.certification.internal.CertificationDefinition;
import cn.yrd.academy.certification.internal.Evidence;
import cn.yrd.academy.identity.OrganizationSummary;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.shared.skills.Skill;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.shared.time.ClockConfiguration;

/** Turns certificates and definitions into what the public pages show, with names looked up in other modules. */
@Component
class CertificateViews {

	private final LabExercises labs;

	private final SkillTaxonomy skills;

	private final Organizations organizations;

	CertificateViews(LabExercises labs, SkillTaxonomy skills, Organizations organizations) {
		this.labs = labs;
		this.skills = skills;
		this.organizations = organizations;
	}

	CertificateView of(Certificate certificate) {
		CertificationDefinition definition = certificate.getDefinition();
		return new CertificateView(certificate.getNumber(), certificate.getHolderName(), definition.getCode(),
				definition.name(), definition.getLevel(), definition.getIssuerCode(),
				issuerName(definition.getIssuerCode()), certificate.getStatus(), day(certificate.getIssuedAt()),
				day(certificate.getValidUntil()), certificate.getDecisionNote(), day(certificate.getRevokedAt()),
				skills(definition), certificate.getEvidence().stream().map(this::row).toList(), certificate.isShared());
	}

	Bilingual issuerName(String issuerCode) {
		return organizations.findByCode(issuerCode).map(OrganizationSummary::name)
			.orElse(new Bilingual(issuerCode, issuerCode));
	}

	List<Skill> skills(CertificationDefinition definition) {
		return definition.getSkills().stream().flatMap(code -> skills.find(code).stream()).toList();
	}

	Bilingual labTitle(String courseCode, String labSlug) {
		return labs.rubric(courseCode, labSlug).map(LabRubric::title)
			.orElse(new Bilingual(courseCode + "/" + labSlug, courseCode + "/" + labSlug));
	}

	private CertificateView.EvidenceRow row(Evidence evidence) {
		return new CertificateView.EvidenceRow(evidence.getSubmissionId(),
				labTitle(evidence.getCourseCode(), evidence.getLabSlug()), evidence.getCourseCode(), evidence.getScore(),
				day(evidence.getGradedAt()));
	}

	static LocalDate day(Instant instant) {
		return instant == null ? null : LocalDate.ofInstant(instant, ClockConfiguration.CLUSTER_ZONE);
	}

}
