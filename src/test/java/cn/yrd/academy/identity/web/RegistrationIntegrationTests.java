package cn.yrd.academy.identity.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.identity.internal.UserAccount;
import cn.yrd.academy.identity.internal.UserAccountRepository;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestStudents;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class RegistrationIntegrationTests {

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

	@Autowired
	private TransactionTemplate transactions;

	private TestStudents students;

	@BeforeEach
	void setUp() {
		students = new TestStudents(registrations, organizations);
	}

	@Test
	void studentRegistersWithAHashedPasswordAndALowercaseEmail() {
		String username = TestStudents.uniqueUsername("reg");

		assertThat(registerStudent(username, "赵小燕", "Zhao." + username + "@Example.CN",
				String.valueOf(students.organizationId())).with(csrf()))
			.hasRedirectedUrl("/login")
			.flash()
			.containsEntry("registered", "student");

		transactions.executeWithoutResult(status -> {
			UserAccount stored = users.findByUsername(username).orElseThrow();
			assertThat(stored.getRoles()).containsExactly(Role.STUDENT);
			assertThat(stored.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(TestStudents.PASSWORD);
			assertThat(stored.getEmail()).isEqualTo("zhao." + username + "@example.cn");
			assertThat(stored.getDisplayName()).isEqualTo("赵小燕");
			assertThat(stored.getOrganization().getNameZh()).isEqualTo("宁波职业技术学院");
			assertThat(stored.getApproval()).isEqualTo(UserAccount.Approval.APPROVED);
		});
	}

	@Test
	void takenUsernameIsRejectedInChinese() {
		UserAccount existing = students.register("taken");
		long usersBefore = users.count();
		String newEmail = TestStudents.uniqueUsername("other") + "@example.cn";

		Document page = formPage(registerStudent(existing.getUsername(), "重名学员", newEmail,
				String.valueOf(students.organizationId())).with(csrf()));

		assertThat(page.select("#username ~ .invalid-feedback").text()).isEqualTo("该用户名已被使用。");
		assertThat(users.count()).isEqualTo(usersBefore);
		assertThat(users.existsByEmail(newEmail)).isFalse();
	}

	@Test
	void takenEmailIsRejectedInChineseWhateverItsCase() {
		UserAccount existing = students.register("mail");
		long usersBefore = users.count();
		String newUsername = TestStudents.uniqueUsername("mail");

		Document page = formPage(registerStudent(newUsername, "同邮箱学员", existing.getEmail().toUpperCase(Locale.ROOT),
				String.valueOf(students.organizationId())).with(csrf()));

		assertThat(page.select("#email ~ .invalid-feedback").text()).isEqualTo("该电子邮箱已被注册。");
		assertThat(users.count()).isEqualTo(usersBefore);
		assertThat(users.existsByUsername(newUsername)).isFalse();
	}

	@Test
	void markupInTheDisplayNameIsRejectedAndNotEchoed() {
		String username = TestStudents.uniqueUsername("xss");

		MvcTestResult result = registerStudent(username, "<script>alert(1)</script>", username + "@example.cn",
				String.valueOf(students.organizationId())).with(csrf()).exchange();

		assertThat(result).bodyText().doesNotContain("<script>alert(1)</script>");
		assertThat(formPage(result).select("#displayName ~ .invalid-feedback").text())
			.isEqualTo("不能包含尖括号 < > 或控制字符。");
		assertThat(users.existsByUsername(username)).isFalse();
	}

	@Test
	void unknownOrganizationIsRejected() {
		String username = TestStudents.uniqueUsername("noorg");

		Document page = formPage(registerStudent(username, "无单位学员", username + "@example.cn", "987654321")
			.with(csrf()));

		assertThat(page.select("#organizationId ~ .invalid-feedback").text()).isEqualTo("所选单位不存在或尚未加入集群。");
		assertThat(users.existsByUsername(username)).isFalse();
	}

	@Test
	void registrationWithoutCsrfTokenIsForbidden() {
		String username = TestStudents.uniqueUsername("csrf");

		assertThat(registerStudent(username, "跨站学员", username + "@example.cn",
				String.valueOf(students.organizationId()))).hasStatus(403);
		assertThat(users.existsByUsername(username)).isFalse();
	}

	@Test
	void partnerWaitsForApprovalThenSignsIn() {
		String username = TestStudents.uniqueUsername("partner");
		String company = "测试智能制造有限公司" + username;

		assertThat(mvc.post()
			.uri("/register/partner")
			.param("companyNameZh", company)
			.param("companyNameEn", "Test Smart Manufacturing " + username)
			.param("province", "JS")
			.param("city", "苏州")
			.param("username", username)
			.param("displayName", "周经理")
			.param("email", username + "@example.cn")
			.param("phone", "+86 512 6000 0000")
			.param("password", TestStudents.PASSWORD)
			.param("confirmPassword", TestStudents.PASSWORD)
			.with(csrf())).hasRedirectedUrl("/login").flash().containsEntry("registered", "partner");
		assertThat(jdbc.queryForMap("select u.approval, u.enabled, o.status from users u "
				+ "join organizations o on o.id = u.organization_id where u.username = ?", username))
			.containsEntry("approval", "PENDING")
			.containsEntry("enabled", false)
			.containsEntry("status", "PENDING");
		assertThat(logIn(username)).isEqualTo("/login?error=pending");

		long userId = users.findByUsername(username).orElseThrow().getId();
		assertThat(mvc.post()
			.uri("/admin/approvals/{id}/approve", userId)
			.with(user(userDetailsService.loadUserByUsername("admin")))
			.with(csrf())).hasRedirectedUrl("/admin/approvals");

		assertThat(logIn(username)).isEqualTo("/");
		assertThat(jdbc.queryForObject("select status from organizations where name_zh = ?", String.class, company))
			.isEqualTo("ACTIVE");
		assertThat(jdbc.queryForList("select actor from audit_events where type = 'PARTNER_APPROVED' and subject = ?",
				String.class, username))
			.containsExactly("admin");
	}

	private MockMvcRequestBuilder registerStudent(String username, String displayName, String email,
			String organizationId) {
		return mvc.post()
			.uri("/register")
			.param("organizationId", organizationId)
			.param("username", username)
			.param("displayName", displayName)
			.param("email", email)
			.param("phone", "")
			.param("password", TestStudents.PASSWORD)
			.param("confirmPassword", TestStudents.PASSWORD);
	}

	/** The registration form shown again, as the browser would parse it. */
	private Document formPage(MockMvcRequestBuilder request) {
		return formPage(request.exchange());
	}

	private Document formPage(MvcTestResult result) {
		assertThat(result).hasStatusOk().hasViewName("identity/register");
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	private String logIn(String username) {
		return mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", TestStudents.PASSWORD)
			.with(csrf())
			.exchange()
			.getResponse()
			.getRedirectedUrl();
	}

}
