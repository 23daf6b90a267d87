package cn.yrd.academy.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.internal.FieldRejected;
import cn.yrd.academy.identity.internal.Registrations.NewAccount;
import cn.yrd.academy.identity.internal.Registrations.NewCompany;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class RegistrationControllerTests extends WebSliceTest {

	private static final String GOOD_PASSWORD = "Kiln-Orbit-42";

	@BeforeEach
	void organizations() {
		given(directoryViews.activeOrganizations()).willReturn(List.of(
				organization(1L, "SJTU", "上海交通大学", "Shanghai Jiao Tong University"),
				organization(2L, "STIEI", "上海电子信息职业技术学院",
						"Shanghai Technical Institute of Electronics & Information")));
	}

	@Test
	void listsTheActiveOrganizationsToChooseFrom() {
		MvcTestResult result = mvc.get().uri("/register").exchange();

		assertThat(result).hasStatusOk();
		Document page = html(result);
		assertThat(page.select("h1").text()).isEqualTo("学员注册");
		assertThat(page.select("#organizationId option"))
			.extracting(option -> option.attr("value"), option -> option.text())
			.containsExactly(tuple("", "请选择所属单位"), tuple("1", "上海交通大学 (上海)"),
					tuple("2", "上海电子信息职业技术学院 (上海)"));
		assertThat(page.select("form[action=/register] input[type=hidden][name=_csrf]").attr("value")).isNotBlank();
	}

	@Test
	void listsTheOrganizationsByTheirEnglishNamesInEnglish() {
		Document page = html(mvc.get().uri("/register?lang=en").exchange());

		assertThat(page.select("#organizationId option[value=1]").text())
			.isEqualTo("Shanghai Jiao Tong University (Shanghai)");
	}

	@Test
	void showsAnErrorUnderEveryMissingFieldAndRegistersNobody() {
		MvcTestResult result = mvc.post().uri("/register").with(csrf())
			.param("username", "").param("displayName", " ").param("email", "").param("phone", "")
			.param("password", "").param("confirmPassword", "")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("identity/register");
		Document page = html(result);
		assertThat(fieldError(page, "username")).contains("请填写此项。");
		assertThat(fieldError(page, "displayName")).isEqualTo("请填写此项。");
		assertThat(fieldError(page, "email")).isEqualTo("请填写此项。");
		assertThat(fieldError(page, "password")).isEqualTo("请填写此项。");
		assertThat(fieldError(page, "organizationId")).isEqualTo("请选择所属单位。");
		assertThat(fieldError(page, "phone")).isNull();
		assertThat(page.select("#organizationId option")).hasSize(3);
		verifyNoInteractions(registrations);
	}

	@Test
	void refusesMismatchedPasswordConfirmation() {
		MvcTestResult result = register(student("confirmPassword", GOOD_PASSWORD + "x"));

		assertThat(result).hasStatusOk();
		assertThat(fieldError(html(result), "confirmPassword")).isEqualTo("两次输入的密码不一致。");
		verifyNoInteractions(registrations);
	}

	@Test
	void refusesMarkupInTheDisplayName() {
		MvcTestResult result = register(student("displayName", "<script>alert(1)</script>"));

		assertThat(result).hasStatusOk();
		assertThat(fieldError(html(result), "displayName")).isEqualTo("不能包含尖括号 < > 或控制字符。");
		assertThat(result).bodyText().doesNotContain("<script>alert(1)</script>");
		verifyNoInteractions(registrations);
	}

	@Test
	void showsRejectedDisplayNameEscapedInTheForm() {
		MvcTestResult result = register(student("displayName", "<b>x</b>"));

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("value=\"&lt;b&gt;x&lt;/b&gt;\"").doesNotContain("<b>x</b>");
		assertThat(html(result).select("#displayName").attr("value")).isEqualTo("<b>x</b>");
		verifyNoInteractions(registrations);
	}

	@Test
	void refusesMalformedUsernameEmailAndPhone() {
		MvcTestResult result = register(student("username", "Zhao Liu", "email", "zhaoliu", "phone",
				"call me"));

		Document page = html(result);
		assertThat(fieldError(page, "username"))
			.isEqualTo("用户名须为3–32位，以小写字母开头，只含小写字母、数字及 . _ -");
		assertThat(fieldError(page, "email")).isEqualTo("请输入有效的电子邮箱地址。");
		assertThat(fieldError(page, "phone")).isEqualTo("请输入有效的电话号码。");
		verifyNoInteractions(registrations);
	}

	@Test
	void refusesAnOrganizationThatIsNotANumber() {
		MvcTestResult result = register(student("organizationId", "1 OR 1=1"));

		assertThat(result).hasStatusOk();
		assertThat(fieldError(html(result), "organizationId")).isEqualTo("所填内容的格式不正确。");
		verifyNoInteractions(registrations);
	}

	@Test
	void showsThePasswordRuleTheServiceRejects() {
		given(registrations.registerStudent(any(), anyLong()))
			.willThrow(new FieldRejected("password", "password.tooCommon"));

		MvcTestResult result = register(student("password", "academy-demo", "confirmPassword",
				"academy-demo"));

		assertThat(result).hasStatusOk().hasViewName("identity/register");
		assertThat(fieldError(html(result), "password")).isEqualTo("密码过于常见或过于简单，请换一个。");
	}

	@Test
	void showsThatTheUsernameIsTaken() {
		given(registrations.registerStudent(any(), anyLong()))
			.willThrow(new FieldRejected("username", "registration.username.taken"));

		MvcTestResult result = register(student());

		assertThat(result).hasStatusOk();
		Document page = html(result);
		assertThat(fieldError(page, "username")).isEqualTo("该用户名已被使用。");
		assertThat(page.select("#username").attr("value")).isEqualTo("zhaoliu");
		assertThat(page.select("#password").attr("value")).isEmpty();
	}

	@Test
	void showsAFormErrorWhenSomeoneElseRegisteredTheSameNameAtTheSameMoment() {
		given(registrations.registerStudent(any(), anyLong()))
			.willThrow(new DataIntegrityViolationException("uk_users_username"));

		MvcTestResult result = register(student());

		assertThat(result).hasStatusOk();
		assertThat(html(result).select("#form-errors").text())
			.isEqualTo("用户名或电子邮箱刚刚已被他人注册，请更换后重试。");
	}

	@Test
	void registersTheStudentAndSendsThemToLogin() {
		MvcTestResult result = register(student());

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
		assertThat(result).flash().containsEntry("registered", "student");
		verify(registrations).registerStudent(
				new NewAccount("zhaoliu", "赵六", "zhaoliu@example.cn", "", GOOD_PASSWORD, ZH), 1L);

		Map<String, Object> flash = result.getMvcResult().getFlashMap();
		Document login = html(mvc.get().uri("/login").flashAttrs(flash).exchange());
		assertThat(login.getElementById("registered").text()).isEqualTo("注册成功，请使用新账号登录。");
	}

	@Test
	void refusesRegistrationWithoutCsrfToken() {
		assertThat(mvc.post().uri("/register").param("username", "zhaoliu").param("displayName", "赵六")
			.param("email", "zhaoliu@example.cn").param("organizationId", "1").param("password", GOOD_PASSWORD)
			.param("confirmPassword", GOOD_PASSWORD)).hasStatus(HttpStatus.FORBIDDEN);
		verifyNoInteractions(registrations);
	}

	@Test
	void showsThePartnerFormWithTheFourProvinces() {
		Document page = html(mvc.get().uri("/register/partner").exchange());

		assertThat(page.select("h1").text()).isEqualTo("合作企业申请");
		assertThat(page.select("#province option")).extracting(option -> option.text())
			.containsExactly("请选择", "上海", "江苏", "浙江", "安徽");
	}

	@Test
	void registersThePartnerCompanyForApproval() {
		MvcTestResult result = register(partner());

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
		assertThat(result).flash().containsEntry("registered", "partner");
		verify(registrations).registerPartner(
				eq(new NewAccount("chenqi", "陈七", "chenqi@example.cn", "+86 138 0000 0000", GOOD_PASSWORD, ZH)),
				eq(new NewCompany("苏州精密机械有限公司", "Suzhou Precision Machinery Co., Ltd.", Province.JS, "苏州")));

		Document login = html(mvc.get().uri("/login").flashAttrs(result.getMvcResult().getFlashMap()).exchange());
		assertThat(login.getElementById("registered-partner").text())
			.isEqualTo("申请已提交。集群管理员审核通过后，您即可登录。");
	}

	@Test
	void refusesPartnerWithoutProvinceAndWithMarkupInTheCompanyName() {
		MvcTestResult result = register(partner("province", "", "companyNameZh", "<i>苏州</i>"));

		assertThat(result).hasStatusOk().hasViewName("identity/register-partner");
		Document page = html(result);
		assertThat(fieldError(page, "province")).isEqualTo("请选择此项。");
		assertThat(fieldError(page, "companyNameZh")).isEqualTo("不能包含尖括号 < > 或控制字符。");
		verifyNoInteractions(registrations);
	}

	@Test
	void showsThatThePartnerCompanyIsAlreadyKnown() {
		given(registrations.registerPartner(any(), any()))
			.willThrow(new FieldRejected("companyNameZh", "registration.company.exists"));

		MvcTestResult result = register(partner());

		assertThat(fieldError(html(result), "companyNameZh")).isEqualTo("该企业已在集群中登记，请联系集群管理员。");
	}

	@Test
	void refusesPartnerRegistrationWithoutCsrfToken() {
		assertThat(mvc.post().uri("/register/partner").param("username", "chenqi")).hasStatus(HttpStatus.FORBIDDEN);
		verifyNoInteractions(registrations);
	}

	private MvcTestResult register(MockMvcRequestBuilder request) {
		return request.with(csrf()).exchange();
	}

	/** The student form filled in correctly, with some fields replaced: name, value, name, value... */
	private MockMvcRequestBuilder student(String... replaced) {
		return form("/register", Map.of(
				"username", "zhaoliu",
				"displayName", "赵六",
				"email", "zhaoliu@example.cn",
				"phone", "",
				"organizationId", "1",
				"password", GOOD_PASSWORD,
				"confirmPassword", GOOD_PASSWORD), replaced);
	}

	private MockMvcRequestBuilder partner(String... replaced) {
		return form("/register/partner", Map.of(
				"companyNameZh", "苏州精密机械有限公司",
				"companyNameEn", "Suzhou Precision Machinery Co., Ltd.",
				"province", "JS",
				"city", "苏州",
				"username", "chenqi",
				"displayName", "陈七",
				"email", "chenqi@example.cn",
				"phone", "+86 138 0000 0000",
				"password", GOOD_PASSWORD,
				"confirmPassword", GOOD_PASSWORD), replaced);
	}

	private MockMvcRequestBuilder form(String uri, Map<String, String> filledIn, String... replaced) {
		Map<String, String> fields = new LinkedHashMap<>(filledIn);
		for (int i = 0; i < replaced.length; i += 2) {
			fields.put(replaced[i], replaced[i + 1]);
		}
		MockMvcRequestBuilder request = mvc.post().uri(uri);
		fields.forEach(request::param);
		return request;
	}

}
