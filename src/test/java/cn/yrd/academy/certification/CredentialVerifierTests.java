package cn.yrd.academy.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.SignedJWT;
import cn.yrd.academy.certification.Verdict.Outcome;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class CredentialVerifierTests {

	private static final OpenBadgesSchema SCHEMA = new OpenBadgesSchema();

	private final ECKey key = TestCredentials.key("k1");

	private final Map<String, JWK> published = new LinkedHashMap<>(Map.of("k1", key.toPublicJWK()));

	private final Set<Integer> revoked = new HashSet<>();

	private Clock clock = Clock.fixed(TestCredentials.ISSUED.plusSeconds(86_400), ZoneOffset.UTC);

	private Verdict verify(String credential) {
		CredentialVerifier verifier = new CredentialVerifier(
				(issuer, kid) -> TestCredentials.ISSUER.id().equals(issuer) ? Optional.ofNullable(published.get(kid))
						: Optional.empty(),
				(list, index) -> list.equals(TestCredentials.ISSUER.statusListUrl(1))
						? Optional.of(revoked.contains(index)) : Optional.empty(),
				SCHEMA, clock);
		return verifier.verify(credential);
	}

	@Test
	void aCredentialSignedByThePublishedKeyIsValidAndNamesItsAchievementAndIssuer() {
		Verdict verdict = verify(TestCredentials.signed(TestCredentials.input(), key, 7));

		assertThat(verdict.verdict()).isEqualTo(Outcome.VALID);
		assertThat(verdict.achievement()).isEqualTo("PLC 编程初级");
		assertThat(verdict.issuer()).isEqualTo("上海工业互联网创新中心");
	}

	@Test
	void theJwtCarriesTheRegisteredClaimsAndHeaderOfAVcJwt() throws Exception {
		CredentialInput input = TestCredentials.input();
		SignedJWT jwt = SignedJWT.parse(TestCredentials.signed(input, key, 7));

		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
		assertThat(jwt.getHeader().getKeyID()).isEqualTo("k1");
		assertThat(jwt.getHeader().getType().getType()).isEqualTo("vc+jwt");
		assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(TestCredentials.ISSUER.id());
		assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("urn:uuid:" + input.holderId());
		assertThat(jwt.getJWTClaimsSet().getJWTID()).isEqualTo("urn:uuid:" + input.credentialId());
		assertThat(jwt.getJWTClaimsSet().getNotBeforeTime().toInstant()).isEqualTo(input.validFrom());
		assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant()).isEqualTo(input.validUntil());
	}

	@Test
	void aChangedByteIsTampered() {
		String jwt = TestCredentials.signed(TestCredentials.input(), key, 7);
		String[] parts = jwt.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("PLC 编程初级", "PLC 编程高级");
		String forged = parts[0] + "." + base64(payload) + "." + parts[2];
		char[] flipped = jwt.toCharArray();
		flipped[jwt.indexOf('.') + 10] = flipped[jwt.indexOf('.') + 10] == 'A' ? 'B' : 'A';

		assertThat(verify(forged).verdict()).isEqualTo(Outcome.INVALID);
		assertThat(verify(forged).reason()).startsWith("tampered");
		assertThat(verify(new String(flipped)).verdict()).isEqualTo(Outcome.INVALID);
	}

	@Test
	void aSignatureByAnUnpublishedKeyIsTampered() {
		Verdict unknownKid = verify(TestCredentials.signed(TestCredentials.input(), TestCredentials.key("k-unknown"), 7));
		Verdict stolenKid = verify(TestCredentials.signed(TestCredentials.input(), TestCredentials.key("k1"), 7));

		assertThat(unknownKid.verdict()).isEqualTo(Outcome.INVALID);
		assertThat(unknownKid.achievement()).isNull();
		assertThat(stolenKid.verdict()).isEqualTo(Outcome.INVALID);
	}

	@Test
	void aKeyEmbeddedInTheHeaderIsNeverTrusted() throws Exception {
		ECKey attacker = TestCredentials.key("k1");
		SignedJWT original = SignedJWT.parse(TestCredentials.signed(TestCredentials.input(), key, 7));
		SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("k1")
			.jwk(attacker.toPublicJWK())
			.build(), original.getJWTClaimsSet());
		forged.sign(new com.nimbusds.jose.crypto.ECDSASigner(attacker));

		assertThat(verify(forged.serialize()).verdict()).isEqualTo(Outcome.INVALID);
	}

	@Test
	void algNoneIsRefused() {
		String[] parts = TestCredentials.signed(TestCredentials.input(), key, 7).split("\\.");
		String none = base64("{\"alg\":\"none\",\"kid\":\"k1\",\"typ\":\"vc+jwt\"}") + "." + parts[1] + ".";

		assertThat(verify(none).verdict()).isEqualTo(Outcome.INVALID);
		assertThat(verify(none + parts[2]).verdict()).isEqualTo(Outcome.INVALID);
	}

	@Test
	void anHmacTokenMadeWithThePublicKeyAsSecretIsRefused() throws Exception {
		SignedJWT original = SignedJWT.parse(TestCredentials.signed(TestCredentials.input(), key, 7));
		byte[] secret = key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
		SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(),
				original.getJWTClaimsSet());
		hmac.sign(new MACSigner(secret));
		SignedJWT hmacWithPem = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(),
				original.getJWTClaimsSet());
		hmacWithPem.sign(new MACSigner(key.toECPublicKey().getEncoded()));

		assertThat(verify(hmac.serialize()).verdict()).isEqualTo(Outcome.INVALID);
		assertThat(verify(hmac.serialize()).reason()).contains("HS256");
		assertThat(verify(hmacWithPem.serialize()).verdict()).isEqualTo(Outcome.INVALID);
	}

	@Test
	void anExpiredCredentialIsExpired() {
		String jwt = TestCredentials.signed(TestCredentials.input(), key, 7);
		clock = Clock.fixed(TestCredentials.ISSUED.plusSeconds(400L * 24 * 3600), ZoneOffset.UTC);

		Verdict verdict = verify(jwt);

		assertThat(verdict.verdict()).isEqualTo(Outcome.EXPIRED);
		assertThat(verdict.achievement()).isEqualTo("PLC 编程初级");
	}

	@Test
	void aCredentialBeforeItsValidFromIsNotValid() {
		String jwt = TestCredentials.signed(TestCredentials.input(), key, 7);
		clock = Clock.fixed(TestCredentials.ISSUED.minusSeconds(60), ZoneOffset.UTC);

		assertThat(verify(jwt).verdict()).isEqualTo(Outcome.EXPIRED);
		assertThat(verify(jwt).reason()).startsWith("not valid before");
	}

	@Test
	void aRevokedCredentialIsRevokedEvenBeforeItExpires() {
		String jwt = TestCredentials.signed(TestCredentials.input(), key, 7);
		String other = TestCredentials.signed(TestCredentials.input(), key, 8);
		revoked.add(7);

		assertThat(verify(jwt).verdict()).isEqualTo(Outcome.REVOKED);
		assertThat(verify(other).verdict()).isEqualTo(Outcome.VALID);
	}

	@Test
	void malformedInputIsInvalidAndNeverThrows() {
		for (String bad : new String[] { null, "", "   ", "abc", "a.b.c", "a.b", "{", "{\"proof\":{}}", "[1,2]",
				"eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOjF9.AAAA", "x".repeat(300_000), "\u0000\u0001" }) {
			assertThat(verify(bad).verdict()).as(String.valueOf(bad)).isEqualTo(Outcome.INVALID);
		}
	}

	@Test
	void aSignedCredentialThatFailsTheSchemaIsInvalid() {
		Map<String, Object> credential = AchievementCredentials.build(TestCredentials.ISSUER, TestCredentials.input(),
				null);
		credential.put("type", java.util.List.of("VerifiableCredential"));

		Verdict verdict = verify(AchievementCredentials.sign(credential, key));

		assertThat(verdict.verdict()).isEqualTo(Outcome.INVALID);
		assertThat(verdict.reason()).startsWith("schema:");
	}

	@Test
	void anOldCredentialStaysValidAfterKeyRotation() {
		String old = TestCredentials.signed(TestCredentials.input(), key, 7);
		ECKey next = TestCredentials.key("k2");
		published.put("k2", next.toPublicJWK());

		assertThat(verify(old).verdict()).isEqualTo(Outcome.VALID);
		assertThat(verify(TestCredentials.signed(TestCredentials.input(), next, 8)).verdict()).isEqualTo(Outcome.VALID);
	}

	@Test
	void theJsonFormVerifiesThroughItsProofAndRefusesAnEditedCopy() throws Exception {
		String jwt = TestCredentials.signed(TestCredentials.input(), key, 7);
		JsonMapper json = JsonMapper.builder().build();
		ObjectNode credential = (ObjectNode) json.valueToTree(SignedJWT.parse(jwt).getJWTClaimsSet().getClaim("vc"));
		credential.putObject("proof").put("type", "JwtProof2020").put("jwt", jwt);

		assertThat(verify(json.writeValueAsString(credential)).verdict()).isEqualTo(Outcome.VALID);
		credential.put("name", "高级专家");
		assertThat(verify(json.writeValueAsString(credential)).verdict()).isEqualTo(Outcome.INVALID);
	}

	private static String base64(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
