package cn.yrd.academy.certification.web;

import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jwt.SignedJWT;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the two forms of a credential: the compact VC-JWT and its JSON, which is the JWT's {@code vc}
 * claim with the JWT itself as {@code proof.jwt}, so that the JSON verifies on its own.
 */
final class CredentialTexts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CredentialTexts() {
	}

	/** The credential JSON of a JWT this platform signed. */
	static String json(String compact) {
		try {
			Object vc = SignedJWT.parse(compact).getJWTClaimsSet().getClaim("vc");
			Map<String, Object> credential = new LinkedHashMap<>();
			((Map<?, ?>) vc).forEach((key, value) -> credential.put(key.toString(), value));
			credential.put("proof", Map.of("type", "JwtProof2020", "jwt", compact));
			return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(credential);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("A stored credential is no JWT", ex);
		}
	}

	/**
	 * The {@code jti} of a credential given as JWT or JSON. Meaningful only once the verifier has checked the
	 * signature: before that, anyone could have written it.
	 */
	static Optional<String> credentialId(String text) {
		try {
			String compact = text.strip();
			if (compact.startsWith("{")) {
				JsonNode jwt = JSON.readTree(compact).path("proof").path("jwt");
				if (!jwt.isString()) {
					return Optional.empty();
				}
				compact = jwt.asString();
			}
			return Optional.ofNullable(SignedJWT.parse(compact).getJWTClaimsSet().getJWTID());
		}
		catch (ParseException | RuntimeException ex) {
			return Optional.empty();
		}
	}

}
