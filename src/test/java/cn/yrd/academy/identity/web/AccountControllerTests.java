package cn.yrd.academy.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.Set;

import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.internal.AccountViews.UserView;
import cn.yrd.academy.identity.internal.FieldRejected;
import cn.yrd.academy.identity.internal.UserAccount;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class AccountControllerTests extends WebSliceTest {

	@BeforeEach
	void knowsTheSignedInUser() {
		given(accountViews.user(42L)).willReturn(new UserView(42L, "wangwu", "王五", "wangwu@example.cn", null,
				organization(1L, "SJTU", "上海交通大学", "Shanghai Jiao Tong University"), null, Set.of(Role.STUDENT),
				"zh-CN", true, UserAccount.Approval.APPROVED, null, Instant.parse("2026-09-01T00:00:00Z"), null));
	}

	@Test
	void showsTheUsersOwnAccount() {
		Document page = html(mvc.get().uri("/account").with(signedInAs(Role.STUDENT)).exchange());

		assertThat(page.select("h1").text()).isEqualTo("我的账户");
		assertThat(page.text()).contains("wangwu@example.cn", "上海交通大学", "学员");
	}

	@Test
	void sendsAnonymousVisitorsToTheLoginPage() {
		assertThat(mvc.get().uri("/account")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
	}

	@Test
	void changesThePasswordAndSaysSo() {
		MvcTestResult result = changePassword("old-password-1", "Yangtze-River-2026", "Yangtze-River-2026");

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/account");
		assertThat(result).flash().containsEntry("messageKey", "account.password.changed");
		verify(passwordChanges).change(42L, "old-password-1", "Yangtze-River-2026");
	}

	@Test
	void showsAWrongCurrentPasswordUnderItsField() {
		willThrow(new FieldRejected("currentPassword", "account.password.wrongCurrent")).given(passwordChanges)
			.change(anyLong(), anyString(), anyString());

		Document page = html(changePassword("not-my-password", "Yangtze-River-2026", "Yangtze-River-2026"));

		assertThat(fieldError(page, "currentPassword")).isEqualTo("当前密码不正确。");
	}

	@Test
	void refusesAMismatchedConfirmationWithoutChangingAnything() {
		Document page = html(changePassword("old-password-1", "Yangtze-River-2026", "Yangtze-River-2027"));

		assertThat(fieldError(page, "confirmPassword")).isEqualTo("两次输入的密码不一致。");
		verify(passwordChanges, never()).change(anyLong(), anyString(), anyString());
	}

	@Test
	void refusesAPasswordChangeWithoutCsrfToken() {
		assertThat(mvc.post().uri("/account/password").with(signedInAs(Role.STUDENT))
			.param("currentPassword", "old-password-1").param("newPassword", "Yangtze-River-2026")
			.param("confirmPassword", "Yangtze-River-2026")).hasStatus(HttpStatus.FORBIDDEN);
		verify(passwordChanges, never()).change(anyLong(), anyString(), anyString());
	}

	private MvcTestResult changePassword(String current, String newPassword, String confirmation) {
		return mvc.post().uri("/account/password").with(signedInAs(Role.STUDENT)).with(csrf())
			.param("currentPassword", current).param("newPassword", newPassword)
			.param("confirmPassword", confirmation)
			.exchange();
	}

}
