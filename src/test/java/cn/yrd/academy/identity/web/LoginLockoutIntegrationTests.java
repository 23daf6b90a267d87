package cn.yrd.academy.identity.web;

import java.util.List;

import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.identity.internal.UserAccount;
import cn.yrd.academy.identity.internal.UserAccountRepository;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestStudents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class LoginLockoutIntegrationTests {

	private static final String WRONG_PASSWORD = "Falsch-2025!";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private UserAccountRepository users;

	@Autowired
	private UserDetailsService userDetailsService;

	@Autowired
	private JdbcTemplate jdbc;

	private TestStudents students;

	@BeforeEach
	void setUp() {
		students = new TestStudents(registrations, organizations);
	}

	@Test
	void fourWrongPasswordsDoNotLockTheAccount() {
		String username = students.register("four").getUsername();
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(logIn(username, WRONG_PASSWORD)).as("attempt " + attempt)
				.isEqualTo("/login?error=bad-credentials");
		}
		assertThat(logIn(username, TestStudents.PASSWORD)).isEqualTo("/");
	}

	@Test
	void fifthWrongPasswordLocksTheAccountEvenAgainstTheRightPassword() {
		String username = students.register("five").getUsername();
		for (int attempt = 1; attempt <= 4; attempt++) {
			logIn(username, WRONG_PASSWORD);
		}

		assertThat(logIn(username, WRONG_PASSWORD)).isEqualTo("/login?error=locked");
		String redirect = logIn(username, TestStudents.PASSWORD);
		assertThat(redirect).isEqualTo("/login?error=locked");
		assertThat(mvc.get().uri(redirect)).hasStatusOk()
			.bodyText()
			.contains("该账户因连续5次登录失败已被锁定15分钟");
		assertThat(users.findByUsername(username).orElseThrow().getLockedUntil()).isNotNull();
		assertThat(auditTypes(username)).contains("LOGIN_FAILED", "ACCOUNT_LOCKED").doesNotContain("LOGIN_SUCCEEDED");
	}

	@Test
	void clusterAdminUnlocksALockedAccount() {
		UserAccount student = students.register("unlock");
		for (int attempt = 1; attempt <= 5; attempt++) {
			logIn(student.getUsername(), WRONG_PASSWORD);
		}
		assertThat(logIn(student.getUsername(), TestStudents.PASSWORD)).isEqualTo("/login?error=locked");

		assertThat(mvc.post().uri("/admin/users/{id}/unlock", student.getId())
			.with(user(userDetailsService.loadUserByUsername("admin")))
			.with(csrf())).hasRedirectedUrl("/admin/users/" + student.getId());

		assertThat(logIn(student.getUsername(), TestStudents.PASSWORD)).isEqualTo("/");
		assertThat(jdbc.queryForList("select actor from audit_events where type = 'ACCOUNT_UNLOCKED' and subject = ?",
				String.class, student.getUsername()))
			.containsExactly("admin");
	}

	@Test
	void successfulLoginResetsTheFailureCounter() {
		String username = students.register("reset").getUsername();
		for (int attempt = 1; attempt <= 4; attempt++) {
			logIn(username, WRONG_PASSWORD);
		}
		assertThat(logIn(username, TestStudents.PASSWORD)).isEqualTo("/");

		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(logIn(username, WRONG_PASSWORD)).as("attempt " + attempt)
				.isEqualTo("/login?error=bad-credentials");
		}
		assertThat(logIn(username, TestStudents.PASSWORD)).isEqualTo("/");
		assertThat(auditTypes(username)).doesNotContain("ACCOUNT_LOCKED");
	}

	@Test
	void studentMayNotUnlockAccounts() {
		UserAccount student = students.register("nounlock");
		assertThat(mvc.post().uri("/admin/users/{id}/unlock", student.getId())
			.with(user(userDetailsService.loadUserByUsername(student.getUsername())))
			.with(csrf())).hasStatus(403);
		assertThat(auditTypes(student.getUsername())).doesNotContain("ACCOUNT_UNLOCKED");
	}

	/** Posts the login form and returns where it redirects to. */
	private String logIn(String username, String password) {
		return mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.exchange()
			.getResponse()
			.getRedirectedUrl();
	}

	private List<String> auditTypes(String username) {
		return jdbc.queryForList("select type from audit_events where subject = ? order by id", String.class, username);
	}

}
