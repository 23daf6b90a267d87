package cn.yrd.academy.identity.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.identity.internal.UserAccountRepository;
import cn.yrd.academy.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many wrong passwords for one account at the same moment, over real HTTP: every failure is
 * counted, the account ends up locked, and no request fails with a server error.
 */
@IntegrationTest
class ConcurrentLoginIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private UserAccountRepository users;

	@Test
	void concurrentFailedLoginsLockTheAccountWithoutServerErrors() throws Exception {
		String username = "race" + UUID.randomUUID().toString().substring(0, 8);
		long organizationId = organizations.findByCode("NBPT").orElseThrow().getId();
		registrations.registerStudent(new Registrations.NewAccount(username, "并发测试", username + "@example.cn",
				null, "Correct-Horse-2026", Locale.SIMPLIFIED_CHINESE), organizationId);

		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<HttpResponse<String>>> attempts = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			attempts.add(pool.submit(attempt(username, "wrong-password-" + i)));
		}
		List<String> redirects = new ArrayList<>();
		for (Future<HttpResponse<String>> attempt : attempts) {
			HttpResponse<String> response = attempt.get();
			assertThat(response.statusCode()).isEqualTo(302);
			redirects.add(response.headers().firstValue("Location").orElseThrow());
		}
		pool.shutdown();

		assertThat(redirects).allMatch(location -> location.contains("/login?error="));
		assertThat(users.findByUsername(username).orElseThrow().getLockedUntil()).isNotNull();
		HttpResponse<String> rightPassword = attempt(username, "Correct-Horse-2026").call();
		assertThat(rightPassword.headers().firstValue("Location").orElseThrow()).endsWith("/login?error=locked");
	}

	private Callable<HttpResponse<String>> attempt(String username, String password) {
		return () -> {
			HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			HttpResponse<String> form = client.send(HttpRequest.newBuilder(uri("/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher csrf = CSRF.matcher(form.body());
			assertThat(csrf.find()).as("login form has a CSRF token").isTrue();
			String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
					+ encode(csrf.group(1));
			return client.send(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		};
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
