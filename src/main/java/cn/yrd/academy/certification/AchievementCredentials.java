package cn.yrd.academy.certification;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Builds Open Badges 3.0 {@code AchievementCredential}s and signs them as VC-JWT.
 * <p>
 * The credential travels in the {@code vc} claim, as the Open Badges 3.0 specification's JWT proof format has it,
 * next to the registered claims that repeat its key facts: {@code iss} = issuer id, {@code sub} = subject id,
 * {@code jti} = credential id, {@code nbf} = validFrom, {@code exp} = validUntil. The header carries
 * {@code alg: ES256}, the {@code kid} of the issuer key and {@code typ: vc+jwt}.
 */
public final class AchievementCredentials {

	public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";

	public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

	public static final JOSEObjectType VC_JWT = new JOSEObjectType("vc+jwt");

	private AchievementCredentials() {
	}

	/** The credential JSON as ordered maps and lists, ready for the {@code vc} claim or a JSON download. */
	public static Map<String, Object> build(IssuerProfile issuer, CredentialInput input, StatusEntry status) {
		Map<String, Object> achievement = new LinkedHashMap<>();
		achievement.put("id", input.achievementId());
		achievement.put("type", List.of("Achievement"));
		achievement.put("achievementType", "Certification");
		achievement.put("name", input.achievementName());
		achievement.put("description", input.achievementDescription());
		achievement.put("criteria", Map.of("narrative", input.criteria()));
		if (!input.skills().isEmpty()) {
			achievement.put("alignment", input.skills().stream().map(AchievementCredentials::alignment).toList());
		}
		Map<String, Object> subject = new LinkedHashMap<>();
		subject.put("id", "urn:uuid:" + input.holderId());
		subject.put("type", List.of("AchievementSubject"));
		subject.put("achievement", achievement);

		Map<String, Object> credential = new LinkedHashMap<>();
		credential.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
		credential.put("id", "urn:uuid:" + input.credentialId());
		credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
		credential.put("name", input.achievementName());
		credential.put("issuer", profile(issuer));
		credential.put("validFrom", timestamp(input.validFrom()));
		if (input.validUntil() != null) {
			credential.put("validUntil", timestamp(input.validUntil()));
		}
		credential.put("credentialSubject", subject);
		if (status != null) {
			credential.put("credentialStatus", status(status));
		}
		List<Object> evidence = new ArrayList<>();
		input.evidence().forEach(item -> evidence.add(evidence(item)));
		if (!evidence.isEmpty()) {
			credential.put("evidence", evidence);
		}
		return credential;
	}

	/** Signs the credential with the issuer's private key; {@code key} must carry its {@code kid}. */
	public static String sign(Map<String, Object> credential, ECKey key) {
		if (key.getKeyID() == null || !key.isPrivate()) {
			throw new IllegalArgumentException("Signing needs a private key with a kid");
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> issuer = (Map<String, Object>) credential.get("issuer");
		@SuppressWarnings("unchecked")
		Map<String, Object> subject = (Map<String, Object>) credential.get("credentialSubject");
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer((String) issuer.get("id"))
			.jwtID((String) credential.get("id"))
			.notBeforeTime(Date.from(Instant.parse((String) credential.get("validFrom"))))
			.claim("vc", credential);
		if (subject != null && subject.get("id") != null) {
			claims.subject((String) subject.get("id"));
		}
		if (credential.get("validUntil") != null) {
			claims.expirationTime(Date.from(Instant.parse((String) credential.get("validUntil"))));
		}
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).type(VC_JWT).build(), claims.build());
		try {
			jwt.sign(new ECDSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Signing failed: " + ex.getClass().getSimpleName());
		}
		return jwt.serialize();
	}

	static Map<String, Object> profile(IssuerProfile issuer) {
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("id", issuer.id());
		profile.put("type", List.of("Profile"));
		profile.put("name", issuer.name());
		if (issuer.url() != null) {
			profile.put("url", issuer.url());
		}
		return profile;
	}

	public static String timestamp(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	private static Map<String, Object> alignment(CredentialInput.SkillAlignment skill) {
		Map<String, Object> alignment = new LinkedHashMap<>();
		alignment.put("type", List.of("Alignment"));
		alignment.put("targetName", skill.targetName());
		alignment.put("targetUrl", skill.targetUrl());
		alignment.put("targetType", "ceasn:Competency");
		if (skill.targetCode() != null) {
			alignment.put("targetCode", skill.targetCode());
		}
		return alignment;
	}

	private static Map<String, Object> evidence(CredentialInput.EvidenceItem item) {
		Map<String, Object> evidence = new LinkedHashMap<>();
		if (item.id() != null) {
			evidence.put("id", item.id());
		}
		evidence.put("type", List.of("Evidence"));
		evidence.put("name", item.name());
		if (item.narrative() != null) {
			evidence.put("narrative", item.narrative());
		}
		return evidence;
	}

	private static Map<String, Object> status(StatusEntry status) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("id", status.statusListCredential() + "#" + status.index());
		entry.put("type", "BitstringStatusListEntry");
		entry.put("statusPurpose", "revocation");
		entry.put("statusListIndex", Integer.toString(status.index()));
		entry.put("statusListCredential", status.statusListCredential());
		return entry;
	}

	/** Where a credential's revocation bit lives. */
	public record StatusEntry(String statusListCredential, int index) {
	}

}
