package cn.yrd.academy.booking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Optional;

import cn.yrd.academy.booking.internal.Quotas;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A cluster admin grants, changes and revokes organization quotas over HTTP on the embedded MariaDB. Each test
 * uses its own organization and base pair, so the grants of one do not show in another.
 */
@IntegrationTest
class QuotaAdminIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Quotas quotas;

	@Autowired
	private Organizations organizations;

	@Autowired
	private TrainingBases bases;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void anAdminGrantsChangesAndRevokesAQuota() throws Exception {
		long tongji = organization("TONGJI");
		long hefei = base("AH-KEHUI-HEFEI");

		assertThat(grant(tongji, hefei, "12.5")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/quotas");
		assertThat(weeklyMinutes(tongji, hefei)).contains(750);
		Document list = page("/admin/quotas");
		assertThat(list.select("#grants tr[data-organization=TONGJI][data-base=AH-KEHUI-HEFEI]").text())
			.contains("同济大学", "12.5");

		assertThat(grant(tongji, hefei, "20")).hasStatus(HttpStatus.FOUND);
		assertThat(weeklyMinutes(tongji, hefei)).contains(1200);
		assertThat(page("/admin/quotas?organizationId=" + tongji + "&baseId=" + hefei).selectFirst("#hours").val())
			.isEqualTo("20");

		assertThat(mvc.post().uri("/admin/quotas/revoke").param("organizationId", String.valueOf(tongji))
			.param("baseId", String.valueOf(hefei)).with(user(admin())).with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(weeklyMinutes(tongji, hefei)).isEmpty();
		assertThat(audited("QUOTA_GRANTED", "TONGJI@AH-KEHUI-HEFEI")).isEqualTo(2);
		assertThat(audited("QUOTA_REVOKED", "TONGJI@AH-KEHUI-HEFEI")).isEqualTo(1);
	}

	@Test
	void badInputShowsFieldErrorsAndWritesNothing() throws Exception {
		long zju = organization("ZJU");
		long xianlin = base("NIIT-XIANLIN");
		var before = weeklyMinutes(zju, xianlin);

		assertThat(fieldError(grant(zju, xianlin, "168.5"), "hours")).isEqualTo("每周小时数须在 0 到 168 之间。");
		assertThat(fieldError(grant(zju, xianlin, "-1"), "hours")).isEqualTo("每周小时数须在 0 到 168 之间。");
		assertThat(fieldError(grant(zju, xianlin, "1.25"), "hours")).isEqualTo("每周小时数须以 0.5 小时为单位。");
		assertThat(fieldError(grant(zju, xianlin, "abc"), "hours")).isEqualTo("所填内容的格式不正确。");
		assertThat(fieldError(grant(zju, xianlin, ""), "hours")).isEqualTo("请填写每周小时数。");
		assertThat(fieldError(grant(zju, 999_999, "4"), "baseId")).isEqualTo("请选择一个实训基地。");
		assertThat(fieldError(grant(999_999, xianlin, "4"), "organizationId"))
			.isEqualTo("请选择一个正常运行的成员单位。");
		// the demo data may have granted this pair already: whatever was there stays
		assertThat(weeklyMinutes(zju, xianlin)).isEqualTo(before);
		assertThat(audited("QUOTA_GRANTED", "ZJU@NIIT-XIANLIN")).isZero();
	}

	@Test
	void revokingAQuotaThatIsNotThereSaysSo() {
		MvcTestResult result = mvc.post().uri("/admin/quotas/revoke").param("organizationId", "999999")
			.param("baseId", "999999").with(user(admin())).with(csrf()).exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(result.getMvcResult().getFlashMap().get("errorKey")).isEqualTo("quota.notFound");
	}

	@Test
	void onlyClusterAdminsMayManageQuotas() {
		AcademyUser labAdmin = (AcademyUser) users.loadUserByUsername("labadmin1");
		long sjtu = organization("SJTU");
		long nantong = base("ZTT-NANTONG");
		var before = weeklyMinutes(sjtu, nantong);

		assertThat(mvc.get().uri("/admin/quotas").with(user(labAdmin))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/admin/quotas").param("organizationId", String.valueOf(sjtu))
			.param("baseId", String.valueOf(nantong)).param("hours", "4").with(user(labAdmin)).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(weeklyMinutes(sjtu, nantong)).isEqualTo(before);
	}

	@Test
	void thePageExplainsTheRuleAndListsOrganizationsAndBases() throws Exception {
		Document page = page("/admin/quotas");

		assertThat(page.selectFirst("#quota-rules").text()).contains("不受限制", "配额");
		assertThat(page.select("#organizationId option")).hasSizeGreaterThan(5);
		assertThat(page.select("#baseId option").eachAttr("value")).contains(String.valueOf(base("NBPT-ROBOTICS")));
		assertThat(page.select("nav a[href=/admin/quotas]")).hasSize(1);
	}

	private MvcTestResult grant(long organizationId, long baseId, String hours) {
		return mvc.post().uri("/admin/quotas").param("organizationId", String.valueOf(organizationId))
			.param("baseId", String.valueOf(baseId)).param("hours", hours).with(user(admin())).with(csrf())
			.exchange();
	}

	private Document page(String uri) throws Exception {
		MvcTestResult result = mvc.get().uri(uri).with(user(admin())).exchange();
		assertThat(result).hasStatus(HttpStatus.OK);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private static String fieldError(MvcTestResult result, String field) throws Exception {
		assertThat(result).hasStatus(HttpStatus.OK);
		var error = Jsoup.parse(result.getResponse().getContentAsString())
			.selectFirst("#" + field + " ~ .invalid-feedback");
		return error == null ? null : error.text();
	}

	private Optional<Integer> weeklyMinutes(long organizationId, long baseId) {
		return quotas.all().stream()
			.filter(grant -> grant.organizationId() == organizationId && grant.baseId() == baseId)
			.map(Quotas.Grant::weeklyMinutes)
			.findFirst();
	}

	private int audited(String type, String subject) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM audit_events WHERE type = ? AND subject = ?", Integer.class,
				type, subject);
	}

	private AcademyUser admin() {
		return (AcademyUser) users.loadUserByUsername("admin");
	}

	private long organization(String code) {
		return organizations.findByCode(code).orElseThrow().id();
	}

	private long base(String code) {
		return bases.findByCode(code).orElseThrow().id();
	}

}
