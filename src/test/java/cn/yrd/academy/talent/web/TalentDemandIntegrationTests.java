package cn.yrd.academy.talent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.yrd.academy.catalog.internal.CoursePackages;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.certification.CertificateLevel;
import cn.yrd.academy.certification.HeldCertificates;
import cn.yrd.academy.certification.internal.CertificateAwards;
import cn.yrd.academy.certification.internal.CertificateDecisions;
import cn.yrd.academy.certification.internal.CertificationDefinition;
import cn.yrd.academy.certification.internal.Definitions;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.AccountAdministration;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.learning.internal.LabSubmissions;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.talent.internal.RequiredSkill;
import cn.yrd.academy.talent.internal.TalentConsent;
import cn.yrd.academy.talent.internal.TalentDemand;
import cn.yrd.academy.talent.internal.TalentDemands;
import cn.yrd.academy.talent.internal.TalentField;
import cn.yrd.academy.talent.internal.TalentProfile;
import cn.yrd.academy.talent.internal.TalentSupplyDemand;

/**
 * A partner company's talent demands as its recruiter meets them: posting with bad input, ranked matches explained
 * by evidence, a revoked certificate that stops counting, students who never opted in or withdrew never shown,
 * other companies and students kept out; and the cluster admin's counts.
 */
@IntegrationTest
class TalentDemandIntegrationTests {

	private static final EnumSet<TalentField> ALL = EnumSet.allOf(TalentField.class);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TalentDemands demands;

	@Autowired
	private CertificateDecisions decisions;

	@Autowired
	private TalentSupplyDemand supplyDemand;

	@Autowired
	private CoursePackages packages;

	@Autowired
	private Enrollments enrollments;

	@Autowired
	private Definitions definitions;

	@Autowired
	private LabSubmissions submissions;

	@Autowired
	private CertificateAwards awards;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private TalentConsent consent;

	@Autowired
	private HeldCertificates held;

	@Autowired
	private Registrations registrations;

	@Autowired
	private AccountAdministration administration;

	@Autowired
	private OrganizationRepository organizations;

	private DemandFixture fixture;

	private AcademyUser partner;

	@BeforeEach
	void setUp() {
		fixture = new DemandFixture(packages, enrollments, definitions, submissions, awards, users, consent, held,
				registrations, administration, organizations);
		partner = fixture.user("partner1");
	}

	@Test
	void rejectsABadDemandWithClearMessagesAndSavesNothing() {
		int before = demands.of(partner).size();
		assertThat(mvc.post().uri("/partner/demands/new").with(user(partner)).with(csrf())
			.param("title", "PLC 工程师").param("headcount", "2"))
			.hasStatusOk().bodyText().contains("请至少填写一项技能或选择一项证书");
		assertThat(mvc.post().uri("/partner/demands/new").with(user(partner)).with(csrf())
			.param("title", "PLC 工程师").param("headcount", "2").param("skills[0].skillCode", "plc-programming")
			.param("skills[0].minLevel", "1").param("periodFrom", "2027-03-01").param("periodTo", "2027-01-01"))
			.hasStatusOk().bodyText().contains("结束日期不能早于开始日期");
		assertThat(mvc.post().uri("/partner/demands/new").with(user(partner)).with(csrf())
			.param("title", "PLC 工程师").param("headcount", "2").param("skills[0].skillCode", "no-such-skill"))
			.hasStatusOk().bodyText().contains("技能 no-such-skill 不在技能目录中");
		assertThat(mvc.post().uri("/partner/demands/new").with(user(partner)).with(csrf())
			.param("title", "").param("headcount", "0").param("skills[0].skillCode", "plc-programming"))
			.hasStatusOk().bodyText().contains("is-invalid");
		assertThat(mvc.post().uri("/partner/demands/new").with(user(partner)).with(csrf())
			.param("title", "PLC 工程师").param("headcount", "2").param("skills[0].skillCode", "plc-programming")
			.param("certifications", "NO-SUCH-CERT"))
			.hasStatusOk().bodyText().contains("证书 NO-SUCH-CERT 不存在");
		assertThat(demands.of(partner)).hasSize(before);

		MvcTestResult posted = mvc.post().uri("/partner/demands/new").with(user(partner)).with(csrf())
			.param("title", "PLC 工程师").param("headcount", "2").param("skills[0].skillCode", "plc-programming")
			.param("skills[0].minLevel", "2").param("provinces", "JS").param("provinces", "ZJ").exchange();
		assertThat(posted).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/partner/demands/");
		assertThat(demands.of(partner)).hasSize(before + 1);
		TalentDemand saved = demands.of(partner).get(0);
		assertThat(saved.getSkills()).extracting(RequiredSkill::getMinLevel).containsExactly(2);
		assertThat(saved.getProvinces()).containsExactly("JS", "ZJ");
	}

	@Test
	void ranksCertifiedAboveLabOnlyAboveSelfDeclaredAndExplainsWhy() {
		String skill = "digital-twin";
		String certifiedCourse = fixture.course(skill);
		CertificationDefinition definition = fixture.definition(certifiedCourse, skill, CertificateLevel.BEGINNER);
		String labCourse = fixture.course(skill);

		AcademyUser certified = fixture.student();
		fixture.pass(certified, certifiedCourse);
		TalentProfile certifiedProfile = fixture.join(certified, ALL, List.of());
		AcademyUser labOnly = fixture.student();
		fixture.pass(labOnly, labCourse);
		TalentProfile labProfile = fixture.join(labOnly, ALL, List.of());
		AcademyUser declaredOnly = fixture.student();
		TalentProfile declaredProfile = fixture.join(declaredOnly, ALL, List.of(skill));
		AcademyUser neverJoined = fixture.student();
		fixture.pass(neverJoined, certifiedCourse);
		AcademyUser withdrawn = fixture.student();
		fixture.pass(withdrawn, certifiedCourse);
		TalentProfile withdrawnProfile = fixture.join(withdrawn, ALL, List.of());
		fixture.withdraw(withdrawn);

		TalentDemand demand = demands.post(partner, new TalentDemand.Content("数字孪生工程师", "",
				List.of(new RequiredSkill(skill, 1)), List.of(definition.getCode()), List.of("ZJ"), 3, null, null));
		Document page = page(partner, "/partner/demands/" + demand.getId());

		assertThat(page.text()).contains(definition.name().zh()).doesNotContain(definition.getCode());
		List<String> ranked = page.select("li.match").stream().map(li -> li.id().substring("match-".length())).toList();
		assertThat(ranked).contains(certifiedProfile.getPublicId(), labProfile.getPublicId(),
				declaredProfile.getPublicId());
		assertThat(ranked.indexOf(certifiedProfile.getPublicId())).isLessThan(ranked.indexOf(labProfile.getPublicId()));
		assertThat(ranked.indexOf(labProfile.getPublicId())).isLessThan(ranked.indexOf(declaredProfile.getPublicId()));
		assertThat(ranked).doesNotContain(withdrawnProfile.getPublicId());
		assertThat(page.text()).doesNotContain(neverJoined.displayName(), withdrawn.displayName());

		Element first = match(page, certifiedProfile);
		assertThat(first.selectFirst(".match-score").text()).contains("100%", "2/2");
		assertThat(kinds(first)).containsEntry(skill, "CERTIFICATE");
		assertThat(first.text()).contains(fixture.certificateNumber(certified, definition.getCode()));
		Element second = match(page, labProfile);
		assertThat(second.selectFirst(".match-score").text()).contains("50%", "1/2");
		assertThat(kinds(second)).containsEntry(skill, "LAB");
		assertThat(second.text()).contains("第一个实训", "100%", "未持有");
		Element third = match(page, declaredProfile);
		assertThat(third.selectFirst(".match-score").text()).contains("0%", "0/2");
		assertThat(kinds(third)).containsEntry(skill, "DECLARED");
		assertThat(third.text()).contains("仅为学员自述，不计入");
	}

	@Test
	void revokingTheCertificateLowersTheMatch() {
		String skill = "offline-programming";
		String course = fixture.course(skill);
		CertificationDefinition definition = fixture.definition(course, skill, CertificateLevel.BEGINNER);
		AcademyUser student = fixture.student();
		fixture.pass(student, course);
		TalentProfile profile = fixture.join(student, ALL, List.of());
		TalentDemand demand = demands.post(partner, new TalentDemand.Content("离线编程", "",
				List.of(new RequiredSkill(skill, 1)), List.of(definition.getCode()), List.of(), 1, null, null));
		Element before = match(page(partner, "/partner/demands/" + demand.getId()), profile);
		assertThat(before.selectFirst(".match-score").text()).contains("2/2");

		decisions.revoke(fixture.certificateNumber(student, definition.getCode()), fixture.user("admin"), "测试撤销证书");

		Element after = match(page(partner, "/partner/demands/" + demand.getId()), profile);
		assertThat(after.selectFirst(".match-score").text()).contains("1/2");
		assertThat(kinds(after)).containsEntry(skill, "LAB");
		assertThat(after.select("[data-certification]").text()).contains("未持有");
	}

	@Test
	void anotherCompanyGetsNotFoundAndStudentsAreForbidden() {
		TalentDemand demand = demands.post(partner, new TalentDemand.Content("机器人焊接", "",
				List.of(new RequiredSkill("robot-welding", 1)), List.of(), List.of(), 1, null, null));
		assertThat(mvc.get().uri("/partner/demands/new").with(user(partner))).hasStatusOk().bodyText()
			.contains("发布用人需求", "数字孪生建模");
		assertThat(mvc.get().uri("/partner/demands/" + demand.getId() + "/edit").with(user(partner))).hasStatusOk()
			.bodyText().contains("机器人焊接", "value=\"robot-welding\" selected");
		AcademyUser other = fixture.otherPartner();

		assertThat(mvc.get().uri("/partner/demands/" + demand.getId()).with(user(other)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/partner/demands/" + demand.getId() + "/edit").with(user(other)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/partner/demands/" + demand.getId() + "/close").with(user(other)).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/partner/demands").with(user(other))).hasStatusOk().bodyText()
			.doesNotContain("机器人焊接");
		assertThat(demands.get(partner, demand.getId()).isOpen()).isTrue();

		AcademyUser student = fixture.student();
		assertThat(mvc.get().uri("/partner/demands").with(user(student))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/partner/shortlists").with(user(student))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/partner/shortlists/export.csv").with(user(student)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/admin/talent").with(user(partner))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void adminSeesSupplyAndDemandCountsOnly() {
		String skill = "industrial-5g";
		String course = fixture.course(skill);
		AcademyUser student = fixture.student();
		fixture.pass(student, course);
		fixture.join(student, ALL, List.of());
		long supplyBefore = supplyDemand.overview().skills().get(skill).supply();
		assertThat(supplyBefore).isPositive();
		long demandBefore = line(skill).demand();
		demands.post(partner, new TalentDemand.Content("5G 工程师", "", List.of(new RequiredSkill(skill, 1)),
				List.of(), List.of("AH"), 7, null, null));
		assertThat(line(skill).demand()).isEqualTo(demandBefore + 7);
		assertThat(supplyDemand.overview().provinces().get("ZJ").supply()).isPositive();

		Document page = page(fixture.user("admin"), "/admin/talent");
		Element row = page.selectFirst("#stats-skills tr[data-skill=" + skill + "]");
		assertThat(row).isNotNull();
		assertThat(Long.parseLong(row.selectFirst(".demand").text())).isGreaterThanOrEqualTo(7);
		assertThat(Long.parseLong(row.selectFirst(".supply").text())).isPositive();
		assertThat(page.text()).doesNotContain(student.displayName());
	}

	private TalentSupplyDemand.Line line(String skill) {
		return supplyDemand.overview().skills().getOrDefault(skill, new TalentSupplyDemand.Line(0, 0));
	}

	private Document page(AcademyUser user, String uri) {
		MvcTestResult result = mvc.get().uri(uri).with(user(user)).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	private static Element match(Document page, TalentProfile profile) {
		Element match = page.getElementById("match-" + profile.getPublicId());
		assertThat(match).as("match of " + profile.getPublicId()).isNotNull();
		return match;
	}

	private static Map<String, String> kinds(Element match) {
		return match.select("[data-skill]").stream()
			.collect(Collectors.toMap(e -> e.attr("data-skill"), e -> e.attr("data-kind")));
	}

}
