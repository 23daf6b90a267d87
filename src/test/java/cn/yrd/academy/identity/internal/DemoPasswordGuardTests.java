package cn.yrd.academy.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import cn.yrd.academy.identity.OrganizationType;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class DemoPasswordGuardTests {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final UserAccountRepository users = mock(UserAccountRepository.class);

	private final MockEnvironment environment = new MockEnvironment();

	private final DemoPasswordGuard guard = new DemoPasswordGuard(users, encoder, environment);

	@Test
	void refusesToStartWhileADemoAccountKeepsTheDemoPassword() {
		UserAccount admin = demoAccount("admin", PasswordPolicy.DEMO_PASSWORD);
		admin.disable();
		given(users.findByDemoAccountTrue()).willReturn(List.of(admin));

		assertThatIllegalStateException().isThrownBy(() -> guard.run(null)).withMessageContaining("[admin]");
	}

	@Test
	void startsOnceTheDemoPasswordsHaveBeenChanged() {
		given(users.findByDemoAccountTrue()).willReturn(List.of(demoAccount("admin", "a-new-strong-password")));

		assertThatCode(() -> guard.run(null)).doesNotThrowAnyException();
	}

	@Test
	void refusesToStartTogetherWithTheDemoProfile() {
		environment.setActiveProfiles("prod", "demo");

		assertThatIllegalStateException().isThrownBy(() -> guard.run(null)).withMessageContaining("'demo'");
	}

	private UserAccount demoAccount(String username, String password) {
		Organization organization = new Organization("SH-IIA", OrganizationType.ASSOCIATION, Province.SH, "上海",
				"上海市工业互联网协会", "Shanghai Industrial Internet Association", Organization.Status.ACTIVE,
				Instant.EPOCH);
		UserAccount account = new UserAccount(username, "刘洋", username + "@example.cn", null, organization,
				encoder.encode(password), "zh-CN", Set.of(Role.CLUSTER_ADMIN), UserAccount.Approval.APPROVED,
				Instant.EPOCH);
		account.markAsDemoAccount();
		return account;
	}

}
