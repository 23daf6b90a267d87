package cn.yrd.academy.identity.internal;

import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestStudents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class PasswordChangeIntegrationTests {

	private static final String NEW_PASSWORD = "Taihu-Lake-2026";

	@Autowired
	private PasswordChanges passwordChanges;

	@Autowired
	private ApiTokens apiTokens;

	@Autowired
	private UserAccountRepository users;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Test
	void newPasswordReplacesTheOldOneAndRevokesApiTokens() {
		UserAccount student = new TestStudents(registrations, organizations).register("pwchange");
		String token = apiTokens.issue(student.getUsername()).token();

		passwordChanges.change(student.getId(), TestStudents.PASSWORD, NEW_PASSWORD);

		String hash = users.findById(student.getId()).orElseThrow().getPasswordHash();
		assertThat(passwordEncoder.matches(NEW_PASSWORD, hash)).isTrue();
		assertThat(passwordEncoder.matches(TestStudents.PASSWORD, hash)).isFalse();
		assertThat(apiTokens.resolve(token)).isEmpty();
	}

	@Test
	void wrongCurrentPasswordOrWeakNewPasswordChangesNothing() {
		UserAccount student = new TestStudents(registrations, organizations).register("pwkeep");

		assertThatThrownBy(() -> passwordChanges.change(student.getId(), "not-the-password", NEW_PASSWORD))
			.isInstanceOfSatisfying(FieldRejected.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("account.password.wrongCurrent"));
		assertThatThrownBy(() -> passwordChanges.change(student.getId(), TestStudents.PASSWORD,
				PasswordPolicy.DEMO_PASSWORD))
			.isInstanceOfSatisfying(FieldRejected.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("password.tooCommon"));

		String hash = users.findById(student.getId()).orElseThrow().getPasswordHash();
		assertThat(passwordEncoder.matches(TestStudents.PASSWORD, hash)).isTrue();
	}

}
