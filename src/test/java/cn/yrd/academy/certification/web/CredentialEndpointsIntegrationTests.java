package cn.yrd.academy.certification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import cn.yrd.academy.certification.BitstringStatusList;
import cn.yrd.academy.certification.CredentialInput;
import cn.yrd.academy.certification.CredentialIssuing;
import cn.yrd.academy.certification.IssuedCredential;
import cn.yrd.academy.support.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class CredentialEndpointsIntegrationTests {

	private static final String ORG = "TONGJI";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private CredentialIssuing issuing;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aCredentialSignedByTheAppVerifiesThroughThePublishedKeysUntilItIsRevoked() throws Exception {
		IssuedCredential issued = issuing.issue(ORG, input());

		assertThat(mvc.get().uri("/issuers/" + ORG)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.id")
			.asString()
			.endsWith("/issuers/" + ORG);
		JWKSet published = JWKSet.parse(mvc.get().uri("/issuers/" + ORG + "/jwks.json").exchange()
			.getResponse().getContentAsString());
		assertThat(published.getKeyByKeyId(issued.kid())).isNotNull();
		assertThat(published.getKeys()).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
		assertThat(SignedJWT.parse(issued.jwt())
			.verify(new ECDSAVerifier((ECKey) published.getKeyByKeyId(issued.kid())))).isTrue();
		assertThat(verdict(issued.jwt())).isEqualTo("valid");

		String newKid = issuing.rotateKey(ORG);
		IssuedCredential afterRotation = issuing.issue(ORG, input());
		assertThat(afterRotation.kid()).isEqualTo(newKid).isNotEqualTo(issued.kid());
		assertThat(verdict(issued.jwt())).isEqualTo("valid");
		assertThat(verdict(afterRotation.jwt())).isEqualTo("valid");
		assertThat(mvc.get().uri("/issuers/" + ORG + "/jwks.json")).bodyText().contains(issued.kid(), newKid);

		assertPrivateKeysAreStoredSealed();

		issuing.revoke(ORG, issued.statusListIndex());
		assertThat(verdict(issued.jwt())).isEqualTo("revoked");
		assertThat(verdict(afterRotation.jwt())).isEqualTo("valid");
		assertThat(revokedInPublishedList(issued.statusListIndex())).isTrue();
		assertThat(revokedInPublishedList(afterRotation.statusListIndex())).isFalse();
	}

	@Test
	void concurrentFirstIssuancesOfAnOrganizationShareOneKeyAndGetDistinctIndexes() throws Exception {
		String org = "SH-ELECTRIC";
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<IssuedCredential>> futures = pool.invokeAll(
					java.util.Collections.nCopies(4, () -> issuing.issue(org, input())));
			List<IssuedCredential> issued = new java.util.ArrayList<>();
			for (java.util.concurrent.Future<IssuedCredential> future : futures) {
				issued.add(future.get());
			}
			assertThat(issued).extracting(IssuedCredential::statusListIndex).doesNotHaveDuplicates();
			assertThat(issued).extracting(IssuedCredential::kid).containsOnly(issued.get(0).kid());
			assertThat(verdict(issued.get(3).jwt())).isEqualTo("valid");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theIssuerProfileValidatesAgainstTheOpenBadgesProfileSchema() throws Exception {
		MvcTestResult result = mvc.get().uri("/issuers/" + ORG).exchange();
		assertThat(result).hasStatusOk();
		com.networknt.schema.Schema schema;
		try (java.io.InputStream in = getClass().getResourceAsStream("/standards/openbadges-3.0/profile.schema.json")) {
			schema = com.networknt.schema.SchemaRegistry
				.withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2019_09)
				.getSchema(in);
		}

		assertThat(schema.validate(JSON.readTree(result.getResponse().getContentAsByteArray()))).isEmpty();
	}

	@Test
	void badInputGetsAnInvalidVerdictOrA400NeverA500() {
		assertThat(verdict("not-a-jwt")).isEqualTo("invalid");
		assertThat(post("{\"credential\": {\"type\": \"VerifiableCredential\"}}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.verdict")
			.isEqualTo("invalid");
		assertThat(post("{\"nothing\": 1}")).hasStatus(400).bodyJson().extractingPath("$.code")
			.isEqualTo("credential-required");
		assertThat(post("{not json")).hasStatus(400);
		assertThat(mvc.get().uri("/issuers/NO-SUCH-ORG")).hasStatus(404).bodyJson().extractingPath("$.code")
			.isEqualTo("issuer-not-found");
		assertThat(mvc.get().uri("/issuers/NO-SUCH-ORG/jwks.json")).hasStatus(404);
		assertThat(mvc.get().uri("/issuers/" + ORG + "/status/9")).hasStatus(404);
	}

	private void assertPrivateKeysAreStoredSealed() {
		List<Map<String, Object>> rows = jdbc.queryForList(
				"SELECT kid, public_jwk, sealed_private_key, active_slot FROM issuer_signing_keys WHERE organization_code = ?",
				ORG);
		assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
		assertThat(rows).filteredOn(row -> row.get("active_slot") != null).hasSize(1);
		assertThat(rows).allSatisfy(row -> {
			assertThat((String) row.get("public_jwk")).doesNotContain("\"d\"");
			assertThat(new String((byte[]) row.get("sealed_private_key"), java.nio.charset.StandardCharsets.ISO_8859_1))
				.doesNotContain("\"d\"", "\"kty\"", (String) row.get("kid"));
		});
	}

	private String verdict(String jwt) {
		MvcTestResult result = post(JSON.writeValueAsString(Map.of("credential", jwt)));
		assertThat(result).hasStatusOk();
		return JSON.readTree(result.getResponse().getContentAsByteArray()).path("verdict").asString();
	}

	private MvcTestResult post(String body) {
		return mvc.post().uri("/api/v1/verify").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

	@SuppressWarnings("unchecked")
	private boolean revokedInPublishedList(int index) throws Exception {
		MvcTestResult result = mvc.get().uri("/issuers/" + ORG + "/status/1").exchange();
		assertThat(result).hasStatusOk();
		SignedJWT list = SignedJWT.parse(result.getResponse().getContentAsString());
		JWKSet published = JWKSet.parse(mvc.get().uri("/issuers/" + ORG + "/jwks.json").exchange()
			.getResponse().getContentAsString());
		assertThat(list.verify(new ECDSAVerifier((ECKey) published.getKeyByKeyId(list.getHeader().getKeyID())))).isTrue();
		Map<String, Object> subject = (Map<String, Object>) ((Map<String, Object>) list.getJWTClaimsSet()
			.getClaim("vc")).get("credentialSubject");
		return BitstringStatusList.decode((String) subject.get("encodedList")).isSet(index);
	}

	private static CredentialInput input() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		return new CredentialInput(UUID.randomUUID(), UUID.randomUUID(), "李华", "https://academy.example.cn/achievements/T-1",
				"工业网络运维初级", "Runs an industrial network.", "Passed the lab exercises.",
				List.of(new CredentialInput.SkillAlignment("Industrial networking", "https://academy.example.cn/skills/net",
						null)),
				List.of(), now.minus(1, ChronoUnit.DAYS), now.plus(365, ChronoUnit.DAYS));
	}

}
