package cn.yrd.academy.certification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a credential says, before it becomes Open Badges JSON: who earned which achievement, for how long, with
 * which skills and evidence.
 *
 * @param credentialId becomes {@code urn:uuid:<id>}, the credential's id and the JWT's {@code jti}
 * @param holderId a stable id of the holder; becomes {@code urn:uuid:<id>}, never a user name or e-mail
 * @param achievementId a URL that identifies the achievement (the certification definition)
 * @param validUntil {@code null} for a credential that does not expire
 */
public record CredentialInput(UUID credentialId, UUID holderId, String holderName, String achievementId,
		String achievementName, String achievementDescription, String criteria, List<SkillAlignment> skills,
		List<EvidenceItem> evidence, Instant validFrom, Instant validUntil) {

	public CredentialInput {
		skills = skills == null ? List.of() : List.copyOf(skills);
		evidence = evidence == null ? List.of() : List.copyOf(evidence);
	}

	/** A skill the achievement aligns to; {@code targetUrl} names it in a framework. */
	public record SkillAlignment(String targetName, String targetUrl, String targetCode) {
	}

	/** Evidence behind the achievement, e.g. a graded lab submission; {@code id} is a verification-safe link. */
	public record EvidenceItem(String id, String name, String narrative) {
	}

}
