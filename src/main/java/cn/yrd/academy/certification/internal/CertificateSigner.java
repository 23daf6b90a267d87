package cn.yrd.academy.certification.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import cn.yrd.academy.catalog.LabExercises;
import cn.yrd.academy.catalog.LabRubric;
import cn.yrd.academy.certification.CredentialInput;
import cn.yrd.academy.certification.CredentialInput.EvidenceItem;
import cn.yrd.academy.certification.CredentialInput.SkillAlignment;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.shared.time.ClockConfiguration;
import org.springframework.stereotype.Component;

/**
 * Turns a certificate into its signed Open Badges credential: achievement from the definition, skills from the
 * taxonomy, evidence from the graded submissions, linked to the public verification page (no personal data).
 */
@Component
class CertificateSigner {

	private final CredentialService credentials;

	private final SkillTaxonomy skills;

	private final LabExercises labs;

	private final CertificationProperties properties;

	CertificateSigner(CredentialService credentials, SkillTaxonomy skills, LabExercises labs,
			CertificationProperties properties) {
		this.credentials = credentials;
		this.skills = skills;
		this.labs = labs;
		this.properties = properties;
	}

	/** Signs and records the credential; the certificate is valid from {@code now} for the definition's months. */
	void issue(Certificate certificate, Instant now) {
		CertificationDefinition definition = certificate.getDefinition();
		Instant until = definition.getValidityMonths() == null ? null
				: ZonedDateTime.ofInstant(now, ClockConfiguration.CLUSTER_ZONE)
					.plusMonths(definition.getValidityMonths())
					.toInstant();
		CredentialInput input = new CredentialInput(certificate.getCredentialId(), certificate.getSubjectId(),
				certificate.getHolderName(), properties.publicUrl() + "/certifications/" + definition.getCode(),
				both(definition.name()), both(definition.description()), criteria(definition), alignments(definition),
				evidence(certificate), now, until);
		certificate.issue(credentials.issue(definition.getIssuerCode(), input), now, until);
	}

	private List<SkillAlignment> alignments(CertificationDefinition definition) {
		return definition.getSkills().stream()
			.flatMap(code -> skills.find(code).stream())
			.map(skill -> new SkillAlignment(both(skill.name()), properties.publicUrl() + "/catalog?skill=" + skill.code(),
					skill.code()))
			.toList();
	}

	private List<EvidenceItem> evidence(Certificate certificate) {
		String page = properties.publicUrl() + "/verify/" + certificate.getNumber();
		return certificate.getEvidence().stream().map(item -> {
			String title = labs.rubric(item.getCourseCode(), item.getLabSlug())
				.map(LabRubric::title)
				.map(CertificateSigner::both)
				.orElse(item.getCourseCode() + "/" + item.getLabSlug());
			return new EvidenceItem(page + "#evidence-" + item.getSubmissionId(), title,
					"%s %s · %d%% · %s".formatted(item.getCourseCode(), item.getLabSlug(), item.getScore(),
							item.getGradedAt().atZone(ClockConfiguration.CLUSTER_ZONE).toLocalDate()));
		}).toList();
	}

	private static String criteria(CertificationDefinition definition) {
		return String.join("; ", definition.getRequirements().stream()
			.map(r -> switch (r.getKind()) {
				case COURSE -> "完成课程 Complete course %s (every lab ≥ %d%%)".formatted(r.getCourseCode(), r.getMinScore());
				case LAB -> "通过实训 Pass lab %s/%s (≥ %d%%)".formatted(r.getCourseCode(), r.getLabSlug(), r.getMinScore());
			})
			.toList());
	}

	static String both(Bilingual text) {
		return text.zh().equals(text.en()) ? text.zh() : text.zh() + " / " + text.en();
	}

}
