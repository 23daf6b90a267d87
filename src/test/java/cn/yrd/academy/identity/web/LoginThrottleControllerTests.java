package cn.yrd.academy.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The login throttle in front of the login form and the token endpoint, with a limit small enough
 * to reach. Its own context: the other slices keep the configured limit.
 */
@WebMvcTest(controllers = { LoginController.class, ApiAuthController.class },
		properties = { WebSliceTest.NO_DATABASE, "academy.identity.login-throttle.attempts-per-minute=3" })
class LoginThrottleControllerTests extends WebSliceTest {

	private static final String TOKEN_REQUEST = """
			{"username": "wangwu", "password": "Kiln-Orbit-42"}""";

	@BeforeEach
	void noSuchUser() {
		given(userDetailsService.loadUserByUsername(anyString())).willThrow(new UsernameNotFoundException("none"));
	}

	@Test
	void sendsTheFourthLoginAttemptOfAMinuteBackToTheFormWithoutCheckingThePassword() {
		List<String> answers = new ArrayList<>();
		for (int attempt = 1; attempt <= 10; attempt++) {
			MvcTestResult result = login(from("10.9.8.7"));
			assertThat(result).as("attempt %d", attempt).hasStatus(HttpStatus.FOUND);
			answers.add(result.getResponse().getRedirectedUrl());
		}

		assertThat(answers.subList(0, 3)).containsOnly("/login?error=bad-credentials");
		assertThat(answers.subList(3, 10)).containsOnly("/login?error=throttled");
		verify(userDetailsService, times(3)).loadUserByUsername("wangwu");
	}

	@Test
	void tellsAThrottledClientWhenToTryAgain() {
		for (int attempt = 1; attempt <= 3; attempt++) {
			login(from("10.9.8.6"));
		}

		MvcTestResult refused = login(from("10.9.8.6"));

		assertThat(refused).hasRedirectedUrl("/login?error=throttled").hasHeader("Retry-After", "60");
		assertThat(html(mvc.get().uri(refused.getResponse().getRedirectedUrl()).exchange())
			.getElementById("login-error")
			.text()).isEqualTo("登录尝试过于频繁，请一分钟后再试。");
	}

	@Test
	void throttlesEachAddressOnItsOwn() {
		for (int attempt = 1; attempt <= 5; attempt++) {
			login(from("10.9.8.5"));
		}

		assertThat(login(from("10.9.8.4"))).hasRedirectedUrl("/login?error=bad-credentials");
	}

	@Test
	void postsRefusedForAMissingCsrfTokenDoNotUseUpTheAttempts() {
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(mvc.post().uri("/login").with(from("10.9.8.3")).param("username", "wangwu")
				.param("password", "guess")).hasStatus(HttpStatus.FORBIDDEN);
		}

		assertThat(login(from("10.9.8.3"))).hasRedirectedUrl("/login?error=bad-credentials");
	}

	@Test
	void answersTooManyRequestsOnTheTokenEndpointAfterTheLimit() {
		for (int attempt = 1; attempt <= 3; attempt++) {
			assertThat(token(from("10.9.8.9"))).as("attempt %d", attempt).hasStatus(HttpStatus.UNAUTHORIZED)
				.bodyJson().extractingPath("$.code").isEqualTo("bad-credentials");
		}

		MvcTestResult refused = token(from("10.9.8.9"));

		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("Retry-After", "60");
		assertThat(refused).bodyText().contains("\"code\":\"too-many-login-attempts\"");
		assertThat(refused).bodyJson().extractingPath("$.status").isEqualTo(429);
		assertThat(refused).bodyJson().extractingPath("$.detail").isEqualTo(zh("api.error.too-many-login-attempts"));
		verify(userDetailsService, times(3)).loadUserByUsername("wangwu");
		verifyNoInteractions(apiTokens);
	}

	@Test
	void explainsTheRefusalInTheLanguageTheApiClientAsksFor() {
		for (int attempt = 1; attempt <= 3; attempt++) {
			token(from("10.9.8.10"));
		}

		MvcTestResult refused = mvc.post().uri("/api/v1/auth/token").with(from("10.9.8.10"))
			.header("Accept-Language", "en-US,en;q=0.9")
			.contentType(MediaType.APPLICATION_JSON)
			.content(TOKEN_REQUEST)
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(refused).bodyJson().extractingPath("$.detail")
			.isEqualTo("Too many sign-in attempts. Please wait a minute and try again.");
	}

	private MvcTestResult login(RequestPostProcessor client) {
		return mvc.post().uri("/login").with(client).with(csrf())
			.param("username", "wangwu")
			.param("password", "Kiln-Orbit-42")
			.exchange();
	}

	private MvcTestResult token(RequestPostProcessor client) {
		return mvc.post().uri("/api/v1/auth/token").with(client)
			.contentType(MediaType.APPLICATION_JSON)
			.content(TOKEN_REQUEST)
			.exchange();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
