package cn.yrd.academy.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AchievementCredentialsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final OpenBadgesSchema schema = new OpenBadgesSchema();

	@Test
	void aBuiltCredentialValidatesAgainstTheOpenBadgesSchema() {
		Map<String, Object> credential = AchievementCredentials.build(TestCredentials.ISSUER, TestCredentials.input(),
				new AchievementCredentials.StatusEntry(TestCredentials.ISSUER.statusListUrl(1), 42));
		JsonNode json = JSON.valueToTree(credential);

		assertThat(schema.problems(json)).isEmpty();
		assertThat(json.path("@context").get(1).asString()).isEqualTo(AchievementCredentials.OB_CONTEXT);
		assertThat(json.path("credentialStatus").path("type").asString()).isEqualTo("BitstringStatusListEntry");
		assertThat(json.path("credentialStatus").path("statusListIndex").asString()).isEqualTo("42");
		assertThat(json.path("credentialSubject").path("id").asString()).startsWith("urn:uuid:");
		assertThat(json.path("credentialSubject").path("achievement").path("alignment").get(0).path("targetName")
			.asString()).isEqualTo("PLC programming");
		assertThat(json.path("evidence").get(0).path("name").asString()).contains("92/100");
	}

	@Test
	void theSchemaCatchesACredentialWithoutItsRequiredParts() {
		Map<String, Object> credential = AchievementCredentials.build(TestCredentials.ISSUER, TestCredentials.input(), null);
		credential.remove("credentialSubject");
		credential.put("@context", List.of("https://example.com/other"));

		assertThat(schema.problems(JSON.valueToTree(credential))).isNotEmpty();
	}

}
