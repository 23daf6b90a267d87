package cn.yrd.academy.identity.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestStudents;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class ApiTokenIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Test
	void issuesAnEightHourTokenThatIdentifiesTheUser() {
		MvcTestResult issued = requestToken("instructor1", "academy-demo").exchange();
		assertThat(issued).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		String body = body(issued);
		String token = JsonPath.read(body, "$.token");
		Instant expiresAt = Instant.parse(JsonPath.read(body, "$.expiresAt"));
		assertThat(token).hasSizeGreaterThanOrEqualTo(40);
		assertThat(expiresAt).isCloseTo(Instant.now().plus(Duration.ofHours(8)), within(Duration.ofMinutes(1)));

		assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"username":"instructor1","displayName":"王芳","roles":["INSTRUCTOR"]}
					""");
	}

	@Test
	void wrongPasswordIsAProblemInChinese() {
		String username = new TestStudents(registrations, organizations).register("apiwrong").getUsername();

		assertThat(requestToken(username, "Falsch-2025!")).hasStatus(401)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"status":401,"code":"bad-credentials","detail":"用户名或密码错误。"}
					""");
	}

	@Test
	void wrongPasswordIsExplainedInEnglishWhenAskedFor() {
		String username = new TestStudents(registrations, organizations).register("apien").getUsername();

		assertThat(requestToken(username, "Falsch-2025!").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9"))
			.hasStatus(401)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"code":"bad-credentials","detail":"Wrong username or password."}
					""");
	}

	@Test
	void malformedJsonIsABadRequest() {
		assertThat(mvc.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"instructor1\", \"password\": "))
			.hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"status":400,"code":"malformed-request","detail":"请求内容不是有效的JSON。"}
					""");
	}

	@Test
	void blankPasswordIsAnInvalidRequestNamingTheField() {
		assertThat(requestToken("instructor1", " ")).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"status":400,"code":"invalid-request","errors":[{"field":"password","message":"请填写此项。"}]}
					""");
	}

	@Test
	void garbageBearerTokenIsRejected() {
		assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-real-token"))
			.hasStatus(401)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.containsHeader(HttpHeaders.WWW_AUTHENTICATE)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"status":401,"code":"invalid-token","detail":"令牌无效或已过期，请重新获取。"}
					""");
	}

	@Test
	void callWithoutTokenNeedsAuthentication() {
		assertThat(mvc.get().uri("/api/v1/me"))
			.hasStatus(401)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.bodyJson()
			.isLenientlyEqualTo("""
					{"status":401,"code":"authentication-required"}
					""");
	}

	@Test
	void callWithoutTokenIsExplainedInEnglishWhenAskedFor() {
		assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.hasStatus(401)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"code":"authentication-required",
					 "detail":"Authentication required: send a Bearer token in the Authorization header."}
					""");
	}

	private MockMvcRequestBuilder requestToken(String username, String password) {
		return mvc.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
