package cn.yrd.academy.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Set;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.shared.web.LocaleConfiguration;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class LoginControllerTests extends WebSliceTest {

	private static final String PASSWORD = "Kiln-Orbit-42";

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void showsTheLoginFormInChineseWithACsrfToken() {
		MvcTestResult result = mvc.get().uri("/login").exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/html");
		Document page = html(result);
		assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(page.select("h1").text()).isEqualTo("登录工赋学院");
		assertThat(page.select("title").text()).isEqualTo("登录 · 工赋学院");
		Element form = page.selectFirst("form[action=/login]");
		assertThat(form).isNotNull();
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.select("input[type=hidden][name=_csrf]").attr("value")).isNotBlank();
		assertThat(form.select("input[name=username]")).hasSize(1);
		assertThat(form.select("input[name=password][type=password]")).hasSize(1);
		assertThat(page.getElementById("login-error")).isNull();
	}

	@Test
	void showsTheLoginFormInEnglishAndRemembersTheChoiceInACookie() {
		MvcTestResult result = mvc.get().uri("/login?lang=en").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).cookies()
			.hasValue(LocaleConfiguration.COOKIE_NAME, "en")
			.isHttpOnly(LocaleConfiguration.COOKIE_NAME, true);
		Document page = html(result);
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("h1").text()).isEqualTo("Sign in to Workforce Academy");
		assertThat(page.text()).doesNotContain("登录工赋学院");
	}

	@Test
	void keepsChineseForAnUnsupportedLanguage() {
		MvcTestResult result = mvc.get().uri("/login?lang=fr").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).cookies().doesNotContainCookie(LocaleConfiguration.COOKIE_NAME);
		assertThat(html(result).select("h1").text()).isEqualTo("登录工赋学院");
	}

	@Test
	void explainsThatTheAccountIsLocked() {
		MvcTestResult result = mvc.get().uri("/login?error=locked").exchange();

		assertThat(result).hasStatusOk();
		assertThat(html(result).getElementById("login-error").text()).isEqualTo(zh("login.error.locked"))
			.contains("锁定");
	}

	@Test
	void explainsThatLoginWasThrottled() {
		MvcTestResult result = mvc.get().uri("/login?error=throttled").exchange();

		assertThat(html(result).getElementById("login-error").text()).isEqualTo("登录尝试过于频繁，请一分钟后再试。");
	}

	@Test
	void fallsBackToBadCredentialsForAnUnknownReason() {
		MvcTestResult result = mvc.get().uri("/login?error=<script>alert(1)</script>").exchange();

		assertThat(result).hasStatusOk();
		assertThat(html(result).getElementById("login-error").text()).isEqualTo("用户名或密码错误。");
		assertThat(result).bodyText().doesNotContain("<script>alert");
	}

	@Test
	void showsBadCredentialsWhenTheReasonIsEmpty() {
		MvcTestResult result = mvc.get().uri("/login?error=").exchange();

		assertThat(html(result).getElementById("login-error").text()).isEqualTo("用户名或密码错误。");
	}

	@Test
	void confirmsLogout() {
		MvcTestResult result = mvc.get().uri("/login?logout").exchange();

		assertThat(html(result).getElementById("login-info").text()).isEqualTo("您已安全退出。");
	}

	@Test
	void sendsASignedInUserHome() {
		assertThat(mvc.get().uri("/login").with(signedInAs(Role.STUDENT))).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/");
	}

	@ParameterizedTest
	@ValueSource(strings = { "bad-credentials", "locked", "disabled", "pending", "throttled" })
	void explainsEveryReasonTheLoginCanFailFor(String reason) {
		MvcTestResult result = mvc.get().uri("/login?error=" + reason).exchange();

		assertThat(html(result).getElementById("login-error").text()).isEqualTo(zh("login.error." + reason));
	}

	@Test
	void signsInAndSwitchesToThePreferredLanguage() {
		given(userDetailsService.loadUserByUsername("wangwu")).willReturn(account(true, true));
		given(loginStatus.preferredLocale(42L)).willReturn("en");

		MvcTestResult result = login("10.1.0.1", "wangwu", PASSWORD);

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
		assertThat(result).cookies().hasValue(LocaleConfiguration.COOKIE_NAME, "en");
	}

	@Test
	void sendsAWrongPasswordBackAsBadCredentials() {
		given(userDetailsService.loadUserByUsername("wangwu")).willReturn(account(true, true));

		assertThat(login("10.1.0.2", "wangwu", "Wrong-Guess-99")).hasRedirectedUrl("/login?error=bad-credentials");
	}

	@Test
	void sendsAnUnknownUserBackAsBadCredentials() {
		given(userDetailsService.loadUserByUsername("nobody")).willThrow(new UsernameNotFoundException("nobody"));

		assertThat(login("10.1.0.3", "nobody", PASSWORD)).hasRedirectedUrl("/login?error=bad-credentials");
	}

	@Test
	void sendsALockedAccountBackAsLocked() {
		given(userDetailsService.loadUserByUsername("wangwu")).willReturn(account(true, false));

		assertThat(login("10.1.0.4", "wangwu", PASSWORD)).hasRedirectedUrl("/login?error=locked");
	}

	@Test
	void tellsAPartnerAwaitingApprovalToWait() {
		given(userDetailsService.loadUserByUsername("wangwu")).willReturn(account(false, true));
		given(loginStatus.isAwaitingApproval("wangwu")).willReturn(true);

		assertThat(login("10.1.0.5", "wangwu", PASSWORD)).hasRedirectedUrl("/login?error=pending");
	}

	@Test
	void tellsADisabledAccountThatItIsDisabled() {
		given(userDetailsService.loadUserByUsername("wangwu")).willReturn(account(false, true));

		assertThat(login("10.1.0.6", "wangwu", PASSWORD)).hasRedirectedUrl("/login?error=disabled");
	}

	@Test
	void refusesLoginPostWithoutCsrfToken() {
		assertThat(mvc.post().uri("/login").param("username", "wangwu").param("password", "Kiln-Orbit-42"))
			.hasStatus(HttpStatus.FORBIDDEN);
		verifyNoInteractions(userDetailsService);
	}

	private MvcTestResult login(String address, String username, String password) {
		return mvc.post().uri("/login").with(csrf()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		}).param("username", username).param("password", password).exchange();
	}

	private AcademyUser account(boolean enabled, boolean accountNonLocked) {
		return new AcademyUser(42L, "wangwu", "王五", 1L, null, Set.of(Role.STUDENT), passwordEncoder.encode(PASSWORD),
				enabled, accountNonLocked);
	}

	@Test
	void sendsSecurityHeadersWithEveryPage() {
		assertThat(mvc.get().uri("/login")).hasStatusOk()
			.hasHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY)
			.hasHeader("X-Frame-Options", "DENY")
			.hasHeader("X-Content-Type-Options", "nosniff")
			.hasHeader("Referrer-Policy", "strict-origin-when-cross-origin")
			.hasHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
	}

	@Test
	void contentSecurityPolicyForbidsInlineScriptsAndFraming() {
		assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("script-src 'self';")
			.doesNotContain("unsafe-inline")
			.contains("frame-ancestors 'none'");
	}

}
