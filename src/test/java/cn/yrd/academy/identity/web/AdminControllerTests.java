package cn.yrd.academy.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import cn.yrd.academy.identity.AuditEventType;
import cn.yrd.academy.identity.OrganizationType;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.internal.AccountViews.UserView;
import cn.yrd.academy.identity.internal.AuditEvent;
import cn.yrd.academy.identity.internal.Directory.OrganizationDetails;
import cn.yrd.academy.identity.internal.DirectoryViews.BaseView;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.identity.internal.DirectoryViews.OrganizationView;
import cn.yrd.academy.identity.internal.FieldRejected;
import cn.yrd.academy.identity.internal.Organization;
import cn.yrd.academy.identity.internal.OrganizationNotFoundException;
import cn.yrd.academy.identity.internal.UserAccount;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class AdminControllerTests extends WebSliceTest {

	private static final List<String> ADMIN_PAGES = List.of("/admin/organizations", "/admin/organizations/new",
			"/admin/training-bases", "/admin/training-bases/new", "/admin/users", "/admin/users/1", "/admin/approvals",
			"/admin/audit");

	private static final List<String> ADMIN_ACTIONS = List.of("/admin/organizations/new", "/admin/organizations/1",
			"/admin/training-bases/new", "/admin/training-bases/1", "/admin/users/1/enable", "/admin/users/1/disable",
			"/admin/users/1/unlock", "/admin/users/1/roles", "/admin/approvals/1/approve", "/admin/approvals/1/reject");

	private static final Set<Role> NON_ADMIN_ROLES = EnumSet.complementOf(EnumSet.of(Role.CLUSTER_ADMIN));

	private static final Instant CREATED = Instant.parse("2025-03-01T01:30:00Z");

	private static final OrganizationView SJTU = organization(1L, "SJTU", "上海交通大学", "Shanghai Jiao Tong University");

	static Stream<Arguments> nonAdminRolesAndAdminPages() {
		return NON_ADMIN_ROLES.stream().flatMap(role -> ADMIN_PAGES.stream().map(url -> Arguments.of(role, url)));
	}

	static Stream<Arguments> nonAdminRolesAndAdminActions() {
		return NON_ADMIN_ROLES.stream().flatMap(role -> ADMIN_ACTIONS.stream().map(url -> Arguments.of(role, url)));
	}

	static Stream<String> adminPages() {
		return ADMIN_PAGES.stream();
	}

	@Test
	void coversEveryRoleButTheClusterAdmin() {
		assertThat(NON_ADMIN_ROLES).containsExactlyInAnyOrder(Role.STUDENT, Role.INSTRUCTOR, Role.LAB_ADMIN,
				Role.PARTNER);
	}

	@ParameterizedTest(name = "{0} may not open {1}")
	@MethodSource("nonAdminRolesAndAdminPages")
	void refusesAdminPagesToOtherRoles(Role role, String url) {
		assertThat(mvc.get().uri(url).with(signedInAs(role))).hasStatus(HttpStatus.FORBIDDEN);
		verifyNoInteractions(directoryViews, accountViews);
	}

	@Test
	void refusesAdminPagesToAUserHoldingEveryOtherRole() {
		RequestPostProcessor everyOtherRole = signedInAs(NON_ADMIN_ROLES.toArray(Role[]::new));
		for (String url : ADMIN_PAGES) {
			assertThat(mvc.get().uri(url).with(everyOtherRole)).as(url).hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@ParameterizedTest(name = "{0} may not post to {1}")
	@MethodSource("nonAdminRolesAndAdminActions")
	void refusesAdminActionsToOtherRoles(Role role, String url) {
		assertThat(mvc.post().uri(url).with(signedInAs(role)).with(csrf())
			.param("code", "HACK").param("roles", "CLUSTER_ADMIN")).hasStatus(HttpStatus.FORBIDDEN);
		verifyNoInteractions(directory, administration, directoryViews, accountViews);
	}

	@ParameterizedTest(name = "a visitor is sent to sign in before {0}")
	@MethodSource("adminPages")
	void sendsVisitorsToTheLoginPage(String url) {
		assertThat(mvc.get().uri(url)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		verifyNoInteractions(directoryViews, accountViews);
	}

	@Test
	void refusesAdminActionsWithoutCsrfTokenEvenToTheAdmin() {
		assertThat(mvc.post().uri("/admin/users/1/disable").with(asAdmin())).hasStatus(HttpStatus.FORBIDDEN);
		verifyNoInteractions(administration);
	}

	@Test
	void listsOrganizations() {
		given(directoryViews.allOrganizations()).willReturn(List.of(SJTU));

		MvcTestResult result = mvc.get().uri("/admin/organizations").with(asAdmin()).exchange();

		assertThat(result).hasStatusOk();
		Document page = html(result);
		assertThat(page.select("#organizations tbody tr")).singleElement().satisfies(row -> assertThat(row.text())
			.contains("SJTU", "上海交通大学", "Shanghai Jiao Tong University", "高校", "上海", "正常"));
		assertThat(page.getElementById("current-user").text()).isEqualTo("王五");
		assertThat(page.select("#role-nav a")).extracting(link -> link.text())
			.contains("成员单位", "实训基地", "用户", "企业审批", "审计日志");
	}

	@Test
	void saysWhenThereAreNoOrganizations() {
		given(directoryViews.allOrganizations()).willReturn(List.of());

		MvcTestResult result = mvc.get().uri("/admin/organizations").with(asAdmin()).exchange();

		assertThat(result).hasStatusOk();
		assertThat(html(result).select("main").text()).contains(zh("admin.organizations.empty"));
		assertThat(html(result).getElementById("organizations")).isNull();
	}

	@Test
	void listsTrainingBases() {
		given(directoryViews.bases()).willReturn(List.of(lingang()));

		MvcTestResult result = mvc.get().uri("/admin/training-bases").with(asAdmin()).exchange();

		assertThat(result).hasStatusOk();
		assertThat(html(result).select("#bases tbody tr").text()).contains("SH-LINGANG", "临港工业互联网实训基地",
				"上海交通大学", "上海 · 上海", "临港大道 1 号");
	}

	@Test
	void saysWhenThereAreNoTrainingBases() {
		given(directoryViews.bases()).willReturn(List.of());

		assertThat(mvc.get().uri("/admin/training-bases").with(asAdmin())).hasStatusOk().bodyText()
			.contains(zh("admin.bases.empty"));
	}

	@Test
	void listsUsers() {
		given(accountViews.search(any(), any(), anyInt())).willReturn(page(List.of(zhangsan())));
		given(directoryViews.allOrganizations()).willReturn(List.of(SJTU));

		MvcTestResult result = mvc.get().uri("/admin/users").with(asAdmin()).exchange();

		assertThat(result).hasStatusOk();
		Document page = html(result);
		assertThat(page.select("#users tbody tr td")).extracting(cell -> cell.text())
			.containsExactly("zhangsan", "张三", "上海交通大学", "学员", "正常");
		assertThat(page.select("p.small.text-muted").text()).contains("共 1 位用户");
	}

	@Test
	void searchesUsersByTheQueryAndOrganization() {
		given(accountViews.search(any(), any(), anyInt())).willReturn(page(List.of()));
		given(directoryViews.allOrganizations()).willReturn(List.of(SJTU));

		MvcTestResult result = mvc.get().uri("/admin/users?q=张&organizationId=1&page=2").with(asAdmin()).exchange();

		assertThat(result).hasStatusOk();
		verify(accountViews).search("张", 1L, 2);
		Document page = html(result);
		assertThat(page.getElementById("users-empty").text()).isEqualTo(zh("admin.users.empty"));
		assertThat(page.select("#q").attr("value")).isEqualTo("张");
		assertThat(page.select("#organizationId option[selected]").attr("value")).isEqualTo("1");
	}

	@Test
	void showsAUserWithTheirStatusAndRoles() {
		given(accountViews.user(1L)).willReturn(zhangsan());
		given(directoryViews.bases()).willReturn(List.of(lingang()));

		MvcTestResult result = mvc.get().uri("/admin/users/1").with(asAdmin()).exchange();

		assertThat(result).hasStatusOk();
		Document page = html(result);
		assertThat(page.select("h1").text()).isEqualTo("张三 (zhangsan)");
		assertThat(page.getElementById("user-status").text()).isEqualTo("正常");
		assertThat(page.select("#role-STUDENT").hasAttr("checked")).isTrue();
		assertThat(page.select("#role-CLUSTER_ADMIN").hasAttr("checked")).isFalse();
		assertThat(page.getElementById("disable")).isNotNull();
		assertThat(page.getElementById("unlock")).isNull();
	}

	@Test
	void answersNotFoundForAnUnknownOrganization() {
		given(directoryViews.organization(99L)).willThrow(new OrganizationNotFoundException(99L));

		assertThat(mvc.get().uri("/admin/organizations/99").with(asAdmin())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void showsWhyAnAdminActionWasRefused() {
		given(accountViews.user(1L)).willReturn(zhangsan());
		given(directoryViews.bases()).willReturn(List.of());
		willThrow(new FieldRejected("enabled", "admin.users.error.selfDisable")).given(administration)
			.disable(1L, "wangwu");

		MvcTestResult result = mvc.post().uri("/admin/users/1/disable").with(asAdmin()).with(csrf()).exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/users/1");
		Map<String, Object> flash = result.getMvcResult().getFlashMap();
		Document page = html(mvc.get().uri("/admin/users/1").with(asAdmin()).flashAttrs(flash).exchange());
		assertThat(page.getElementById("flash-error").text()).isEqualTo("不能停用自己的账户。");
	}

	@Test
	void listsPartnersAwaitingApproval() {
		given(accountViews.pendingPartners()).willReturn(List.of(pendingPartner()));

		MvcTestResult result = mvc.get().uri("/admin/approvals").with(asAdmin()).exchange();

		assertThat(result).hasStatusOk();
		Document page = html(result);
		assertThat(page.select("#approvals tbody tr").text()).contains("苏州精密机械有限公司",
				"Suzhou Precision Machinery Co., Ltd.", "江苏 · 苏州", "陈七 (chenqi)", "chenqi@example.cn",
				"2025-03-01 09:30");
		assertThat(page.select("form[action=/admin/approvals/9/approve] input[name=_csrf]")).hasSize(1);
	}

	@Test
	void saysWhenNoPartnerIsWaiting() {
		given(accountViews.pendingPartners()).willReturn(List.of());

		MvcTestResult result = mvc.get().uri("/admin/approvals").with(asAdmin()).exchange();

		assertThat(html(result).getElementById("approvals-empty").text()).isEqualTo(zh("admin.approvals.empty"));
	}

	@Test
	void approvesAPartnerAndSaysWhom() {
		given(accountViews.user(9L)).willReturn(pendingPartner());
		given(accountViews.pendingPartners()).willReturn(List.of());

		MvcTestResult result = mvc.post().uri("/admin/approvals/9/approve").with(asAdmin()).with(csrf()).exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/approvals");
		verify(administration).approvePartner(9L, "wangwu");
		Document page = html(mvc.get().uri("/admin/approvals").with(asAdmin())
			.flashAttrs(result.getMvcResult().getFlashMap()).exchange());
		assertThat(page.getElementById("flash-message").text()).isEqualTo("已通过 chenqi 的申请。");
	}

	@Test
	void showsTheAuditLogInClusterTime() {
		given(accountViews.audit(any(), any(), any(), any(), anyInt())).willReturn(page(List.of(new AuditEvent(
				Instant.parse("2025-03-01T16:05:00Z"), AuditEventType.ACCOUNT_LOCKED, null, "zhangsan", "10.1.2.3",
				"5 failed logins"))));

		MvcTestResult result = mvc.get().uri("/admin/audit").with(asAdmin()).exchange();

		assertThat(result).hasStatusOk();
		assertThat(html(result).select("#audit-events tbody tr").text()).contains("2025-03-02 00:05", "账户锁定",
				"zhangsan", "10.1.2.3", "5 failed logins");
	}

	@Test
	void filtersTheAuditLogByWholeDaysInClusterTime() {
		given(accountViews.audit(any(), any(), any(), any(), anyInt())).willReturn(page(List.of()));

		MvcTestResult result = mvc.get()
			.uri("/admin/audit?type=LOGIN_FAILED&username=zhangsan&from=2025-03-01&to=2025-03-01")
			.with(asAdmin())
			.exchange();

		assertThat(result).hasStatusOk();
		verify(accountViews).audit(AuditEventType.LOGIN_FAILED, "zhangsan", Instant.parse("2025-02-28T16:00:00Z"),
				Instant.parse("2025-03-01T16:00:00Z"), 0);
		assertThat(html(result).getElementById("audit-empty").text()).isEqualTo(zh("admin.audit.empty"));
	}

	@Test
	void showsTheNewOrganizationForm() {
		MvcTestResult result = mvc.get().uri("/admin/organizations/new").with(asAdmin()).exchange();

		assertThat(result).hasStatusOk();
		Document page = html(result);
		assertThat(page.select("h1").text()).isEqualTo("新增单位");
		assertThat(page.select("#type option")).hasSize(OrganizationType.values().length + 1);
	}

	@Test
	void savesANewOrganization() {
		MvcTestResult result = mvc.post().uri("/admin/organizations/new").with(asAdmin()).with(csrf())
			.params(organizationForm("SH"))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/organizations");
		verify(directory).saveOrganization(null, new OrganizationDetails("TONGJI", OrganizationType.UNIVERSITY,
				Province.SH, "上海", "同济大学", "Tongji University"), "wangwu");
		assertThat(result).flash().containsEntry("saved", "同济大学");
	}

	@Test
	void showsThatTheOrganizationCodeIsTaken() {
		given(directory.saveOrganization(isNull(), any(), eq("wangwu")))
			.willThrow(new FieldRejected("code", "admin.error.codeTaken"));

		MvcTestResult result = mvc.post().uri("/admin/organizations/new").with(asAdmin()).with(csrf())
			.params(organizationForm("SH"))
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/organization-form");
		Document page = html(result);
		assertThat(fieldError(page, "code")).isEqualTo("该代码已被使用。");
		assertThat(page.select("#nameZh").attr("value")).isEqualTo("同济大学");
	}

	@Test
	void showsAnErrorForAProvinceOutsideTheCluster() {
		MvcTestResult result = mvc.post().uri("/admin/organizations/new").with(asAdmin()).with(csrf())
			.params(organizationForm("BJ"))
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/organization-form");
		assertThat(fieldError(html(result), "province")).isEqualTo("所填内容的格式不正确。");
		verifyNoInteractions(directory);
	}

	@Test
	void showsAnErrorForAMissingOrganizationOfATrainingBase() {
		given(directoryViews.activeOrganizations()).willReturn(List.of(SJTU));

		MvcTestResult result = mvc.post().uri("/admin/training-bases/new").with(asAdmin()).with(csrf())
			.param("code", "SH-LINGANG").param("nameZh", "临港工业互联网实训基地").param("nameEn", "Lingang Base")
			.param("province", "SH").param("city", "上海").param("address", "临港大道 1 号")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/training-base-form");
		assertThat(fieldError(html(result), "organizationId")).isEqualTo("请选择所属单位。");
		verifyNoInteractions(directory);
	}

	private static RequestPostProcessor asAdmin() {
		return signedInAs(Role.CLUSTER_ADMIN);
	}

	private static MultiValueMap<String, String> organizationForm(String province) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("code", "TONGJI");
		form.add("type", "UNIVERSITY");
		form.add("province", province);
		form.add("city", "上海");
		form.add("nameZh", "同济大学");
		form.add("nameEn", "Tongji University");
		return form;
	}

	private static <T> Page<T> page(List<T> content) {
		return new PageImpl<>(content, PageRequest.of(0, 20), content.size());
	}

	private static BaseView lingang() {
		return new BaseView(5L, "SH-LINGANG", SJTU, new Bilingual("临港工业互联网实训基地", "Lingang Industrial Internet Base"),
				Province.SH, "上海", "临港大道 1 号");
	}

	private static UserView zhangsan() {
		return new UserView(1L, "zhangsan", "张三", "zhangsan@example.cn", null, SJTU, null, Set.of(Role.STUDENT),
				"zh-CN", true, UserAccount.Approval.APPROVED, null, CREATED, null);
	}

	private static UserView pendingPartner() {
		OrganizationView company = new OrganizationView(8L, "PARTNER-0A1B2C3D", OrganizationType.COMPANY, Province.JS,
				"苏州", new Bilingual("苏州精密机械有限公司", "Suzhou Precision Machinery Co., Ltd."), Organization.Status.PENDING);
		return new UserView(9L, "chenqi", "陈七", "chenqi@example.cn", null, company, null, Set.of(Role.PARTNER), "zh-CN",
				false, UserAccount.Approval.PENDING, null, CREATED, null);
	}

}
