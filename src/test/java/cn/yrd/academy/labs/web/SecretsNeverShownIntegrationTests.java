package cn.yrd.academy.labs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every page a demo user can reach by following links, and the JSON the booking pages and the API answer,
 * never contain a lab machine's secret. The demo machines all carry the same known password, so a leak
 * anywhere would show it.
 */
@IntegrationTest
class SecretsNeverShownIntegrationTests {

	/** The demo machines' password and VNC password (labs.internal.DemoMachines). */
	private static final String DEMO_SECRET = "lab-demo";

	private static final int MAX_PAGES = 120;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private UserDetailsService users;

	@ParameterizedTest
	@ValueSource(strings = { "admin", "labadmin1", "student1", "instructor1" })
	void noPageReachableByLinksShowsASecret(String username) {
		AcademyUser user = (AcademyUser) users.loadUserByUsername(username);
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/", "/labadmin/machines", "/bookings",
				"/labs/PLC-101/traffic-light-sequence", "/labs/PLC-101/traffic-light-sequence/slots?start=2026-01-01",
				"/api/v1/bookings", "/v3/api-docs"));
		while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
			String path = queue.poll();
			if (!seen.add(path)) {
				continue;
			}
			MvcTestResult result = mvc.get().uri(path).with(user(user)).exchange();
			String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
			assertThat(body).as("%s as %s", path, username).doesNotContain(DEMO_SECRET);
			String type = result.getResponse().getContentType();
			if (type != null && type.startsWith("text/html")) {
				for (Element link : Jsoup.parse(body).select("a[href]")) {
					String href = link.attr("href");
					if (isFollowed(href)) {
						queue.add(href);
					}
				}
			}
		}
		assertThat(seen).as("pages visited as %s", username).hasSizeGreaterThan(5);
	}

	/** Same-site pages only; leaving, logging out, downloads and language switches are not followed. */
	private static boolean isFollowed(String href) {
		return href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/logout")
				&& !href.contains("lang=") && !href.startsWith("/webjars") && !href.startsWith("/css")
				&& !href.startsWith("/js") && !href.endsWith("/export");
	}

}
