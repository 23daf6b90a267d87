package cn.yrd.academy.certification;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import cn.yrd.academy.certification.Verdict.Outcome;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a credential given as a compact VC-JWT, or as its JSON with the JWT in {@code proof.jwt}. Only ES256 is
 * accepted: {@code none}, HMAC (a token "signed" with the public key as secret) and every other algorithm are
 * refused before any key is looked at. Bad input never throws; it is an {@code invalid} verdict with a reason.
 */
public final class CredentialVerifier {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_LENGTH = 256 * 1024;

	private final PublishedKeys keys;

	private final RevocationStatus revocations;

	private final OpenBadgesSchema schema;

	private final Clock clock;

	public CredentialVerifier(PublishedKeys keys, RevocationStatus revocations, OpenBadgesSchema schema, Clock clock) {
		this.keys = keys;
		this.revocations = revocations;
		this.schema = schema;
		this.clock = clock;
	}

	public Verdict verify(String jwtOrJson) {
		try {
			if (jwtOrJson == null || jwtOrJson.isBlank()) {
				return Verdict.invalid("empty: no credential given");
			}
			if (jwtOrJson.length() > MAX_LENGTH) {
				return Verdict.invalid("malformed: the credential is too long");
			}
			String text = jwtOrJson.strip();
			return text.startsWith("{") ? verifyJson(text) : verifyJwt(text, null);
		}
		catch (RuntimeException ex) {
			return Verdict.invalid("malformed: the credential cannot be read");
		}
	}

	private Verdict verifyJson(String text) {
		JsonNode credential;
		try {
			credential = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			return Verdict.invalid("malformed: not JSON");
		}
		JsonNode jwt = credential.path("proof").path("jwt");
		if (!jwt.isString()) {
			return Verdict.invalid("unsigned: the JSON carries no proof.jwt to check");
		}
		return verifyJwt(jwt.asString(), credential);
	}

	private Verdict verifyJwt(String compact, JsonNode presentedJson) {
		SignedJWT jwt;
		JWTClaimsSet claims;
		try {
			jwt = SignedJWT.parse(compact);
			claims = jwt.getJWTClaimsSet();
		}
		catch (ParseException ex) {
			return Verdict.invalid("malformed: not a signed JWT");
		}
		JWSHeader header = jwt.getHeader();
		if (!JWSAlgorithm.ES256.equals(header.getAlgorithm())) {
			return Verdict.invalid("tampered: algorithm " + header.getAlgorithm() + " is not accepted");
		}
		if (header.getKeyID() == null || claims.getIssuer() == null) {
			return Verdict.invalid("tampered: no kid or no issuer");
		}
		Optional<JWK> key = keys.find(claims.getIssuer(), header.getKeyID());
		if (key.isEmpty() || !(key.get() instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve())) {
			return Verdict.invalid("tampered: signed by a key the issuer has not published");
		}
		try {
			if (!jwt.verify(new ECDSAVerifier(ec.toPublicJWK()))) {
				return Verdict.invalid("tampered: the signature does not match");
			}
		}
		catch (JOSEException ex) {
			return Verdict.invalid("tampered: the signature cannot be checked");
		}
		return verifySigned(claims, presentedJson);
	}

	private Verdict verifySigned(JWTClaimsSet claims, JsonNode presentedJson) {
		Object vc = claims.getClaim("vc");
		if (!(vc instanceof Map<?, ?>)) {
			return Verdict.invalid("invalid: the JWT carries no vc claim");
		}
		JsonNode credential = JSON.valueToTree(vc);
		if (presentedJson != null && !withoutProof(presentedJson).equals(credential)) {
			return Verdict.invalid("tampered: the JSON differs from what the issuer signed");
		}
		List<String> problems = schema.problems(credential);
		if (!problems.isEmpty()) {
			return Verdict.invalid("schema: " + problems.get(0));
		}
		String mismatch = mismatch(claims, credential);
		if (mismatch != null) {
			return Verdict.invalid("invalid: " + mismatch);
		}
		String achievement = credential.path("credentialSubject").path("achievement").path("name").asString(null);
		String issuer = credential.path("issuer").path("name").asString(null);
		JsonNode status = credential.path("credentialStatus");
		if (!status.isMissingNode()) {
			Optional<Boolean> revoked = revoked(claims.getIssuer(), status);
			if (revoked.isEmpty()) {
				return new Verdict(Outcome.INVALID, "invalid: the status list is unknown", achievement, issuer);
			}
			if (revoked.get()) {
				return new Verdict(Outcome.REVOKED, "revoked by the issuer", achievement, issuer);
			}
		}
		Instant now = clock.instant();
		Date exp = claims.getExpirationTime();
		if (exp != null && !now.isBefore(exp.toInstant())) {
			return new Verdict(Outcome.EXPIRED, "expired on " + exp.toInstant(), achievement, issuer);
		}
		Date nbf = claims.getNotBeforeTime();
		if (nbf != null && now.isBefore(nbf.toInstant())) {
			return new Verdict(Outcome.EXPIRED, "not valid before " + nbf.toInstant(), achievement, issuer);
		}
		return new Verdict(Outcome.VALID, "signature, schema, dates and status checked", achievement, issuer);
	}

	private static String mismatch(JWTClaimsSet claims, JsonNode credential) {
		if (!claims.getIssuer().equals(credential.path("issuer").path("id").asString(null))) {
			return "iss differs from the credential's issuer";
		}
		if (claims.getJWTID() == null || !claims.getJWTID().equals(credential.path("id").asString(null))) {
			return "jti differs from the credential's id";
		}
		String subject = credential.path("credentialSubject").path("id").asString(null);
		if (subject != null && !subject.equals(claims.getSubject())) {
			return "sub differs from the credential's subject";
		}
		return dates(claims, credential);
	}

	private static String dates(JWTClaimsSet claims, JsonNode credential) {
		Instant validFrom = Instant.parse(credential.path("validFrom").asString());
		if (claims.getNotBeforeTime() == null || !claims.getNotBeforeTime().toInstant().equals(validFrom)) {
			return "nbf differs from validFrom";
		}
		String validUntil = credential.path("validUntil").asString(null);
		Date exp = claims.getExpirationTime();
		if (validUntil == null ? exp != null : exp == null || !exp.toInstant().equals(Instant.parse(validUntil))) {
			return "exp differs from validUntil";
		}
		return null;
	}

	private Optional<Boolean> revoked(String issuerId, JsonNode status) {
		String list = status.path("statusListCredential").asString(null);
		String index = status.path("statusListIndex").asString(null);
		if (!"BitstringStatusListEntry".equals(status.path("type").asString(null)) || list == null || index == null
				|| !list.startsWith(issuerId + "/status/") || !index.matches("\\d{1,9}")) {
			return Optional.empty();
		}
		return revocations.isRevoked(list, Integer.parseInt(index));
	}

	private static JsonNode withoutProof(JsonNode json) {
		tools.jackson.databind.node.ObjectNode copy = ((tools.jackson.databind.node.ObjectNode) json).deepCopy();
		copy.remove("proof");
		return copy;
	}

	/** The keys an issuer has published, active and retired, by issuer id and {@code kid}. */
	@FunctionalInterface
	public interface PublishedKeys {

		Optional<JWK> find(String issuerId, String kid);

	}

	/** Reads a bit of a status list this platform publishes; empty when there is no such list or index. */
	@FunctionalInterface
	public interface RevocationStatus {

		Optional<Boolean> isRevoked(String statusListCredential, int index);

	}

}
