package cn.yrd.academy.shared.web;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestStudents;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Error pages come from the servlet container's error dispatch, which MockMvc does not perform, so
 * these tests talk HTTP to the running server as a browser would.
 */
@IntegrationTest
class ErrorPagesIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private UserDetailsService userDetailsService;

	@Test
	void unknownPageIsANotFoundPageInChinese() throws Exception {
		Visitor visitor = signedInStudent();

		HttpResponse<String> response = visitor.get("/no-such-page");

		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#error-page h1").text()).isEqualTo("页面不存在");
		assertThat(page.select("#role-nav").text()).as("the student's own navigation").contains("首页", "课程");
		assertNoInternals(response.body());
	}

	@Test
	void unknownPageIsInEnglishWithTheLanguageCookie() throws Exception {
		Visitor visitor = signedInStudent();
		visitor.setCookie(LocaleConfiguration.COOKIE_NAME, "en");

		HttpResponse<String> response = visitor.get("/no-such-page");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(response.body()).select("#error-page h1").text()).isEqualTo("Page not found");
		assertNoInternals(response.body());
	}

	@Test
	void anUnreadableValueInTheAddressSaysSo() throws Exception {
		Visitor visitor = signedInStudent();

		for (String path : List.of("/labs/PLC-101/traffic-light-sequence?province=XX",
				"/labs/PLC-101/traffic-light-sequence?from=tomorrow",
				"/labs/PLC-101/traffic-light-sequence?from=%2B999999999-12-31")) {
			HttpResponse<String> response = visitor.get(path);

			Document page = Jsoup.parse(response.body());
			if (path.contains("999999999")) {
				assertThat(response.statusCode()).as(path).isEqualTo(200);
				assertThat(page.select("#slots-empty")).as(path).isNotEmpty();
			}
			else {
				assertThat(response.statusCode()).as(path).isEqualTo(400);
				assertThat(page.select("#error-page h1").text()).as(path).isEqualTo("链接中的内容无法识别");
			}
			assertNoInternals(response.body());
		}
	}

	@Test
	void studentOpeningAnAdminPageSeesAccessDenied() throws Exception {
		Visitor visitor = signedInStudent();

		HttpResponse<String> response = visitor.get("/admin/users");

		assertThat(response.statusCode()).isEqualTo(403);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#error-page h1").text()).isEqualTo("没有访问权限");
		assertThat(page.select("#role-nav").text()).as("the student's own navigation").contains("首页", "课程");
		assertNoInternals(response.body());
	}

	@Test
	void healthShowsOnlyTheStatusToAnonymousCallers() {
		MvcTestResult health = mvc.get().uri("/actuator/health").exchange();
		assertThat(health).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("UP");
		assertThat(health).bodyJson().doesNotHavePath("$.components").doesNotHavePath("$.details");
	}

	@Test
	void healthShowsTheDatabaseToClusterAdmins() {
		assertThat(mvc.get().uri("/actuator/health").with(user(userDetailsService.loadUserByUsername("admin"))))
			.hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"status\":\"UP\",\"components\":{\"db\":{\"status\":\"UP\"}}}");
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("Exception", "at cn.yrd", "Whitelabel");
	}

	private Visitor signedInStudent() throws IOException, InterruptedException {
		String username = new TestStudents(registrations, organizations).register("errors").getUsername();
		Visitor visitor = new Visitor(port);
		visitor.logIn(username, TestStudents.PASSWORD);
		return visitor;
	}

	/** A browser-like HTTP client that keeps its cookies and signs in through the login form. */
	private static final class Visitor {

		/** What Chromium asks for when it opens a page. */
		private static final String CHROMIUM_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,"
				+ "image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

		private final HttpClient client = HttpClient.newHttpClient();

		private final Map<String, String> cookies = new LinkedHashMap<>();

		private final String base;

		Visitor(int port) {
			this.base = "http://localhost:" + port;
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return send(request(path).GET());
		}

		void logIn(String username, String password) throws IOException, InterruptedException {
			String csrf = Jsoup.parse(get("/login").body()).select("input[name=_csrf]").val();
			String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
			HttpResponse<String> response = send(request("/login")
				.header(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)));
			assertThat(response.statusCode()).as("login redirect").isEqualTo(302);
			assertThat(response.headers().firstValue(HttpHeaders.LOCATION))
				.hasValueSatisfying(location -> assertThat(location).endsWith("/"));
		}

		void setCookie(String name, String value) {
			cookies.put(name, value);
		}

		private HttpRequest.Builder request(String path) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
				.header(HttpHeaders.ACCEPT, CHROMIUM_ACCEPT);
			if (!cookies.isEmpty()) {
				builder.header(HttpHeaders.COOKIE, cookies.entrySet()
					.stream()
					.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
					.collect(Collectors.joining("; ")));
			}
			return builder;
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			HttpResponse<String> response = client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			for (String header : response.headers().allValues(HttpHeaders.SET_COOKIE)) {
				for (HttpCookie cookie : HttpCookie.parse(header)) {
					cookies.put(cookie.getName(), cookie.getValue());
				}
			}
			return response;
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
