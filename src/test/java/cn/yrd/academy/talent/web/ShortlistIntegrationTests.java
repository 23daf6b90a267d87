package cn.yrd.academy.talent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import cn.yrd.academy.catalog.internal.CoursePackages;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.certification.HeldCertificates;
import cn.yrd.academy.certification.internal.CertificateAwards;
import cn.yrd.academy.certification.internal.Definitions;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.AccountAdministration;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.learning.internal.LabSubmissions;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.talent.internal.ContactRequest;
import cn.yrd.academy.talent.internal.ContactRequests;
import cn.yrd.academy.talent.internal.RequiredSkill;
import cn.yrd.academy.talent.internal.Shortlists;
import cn.yrd.academy.talent.internal.TalentConsent;
import cn.yrd.academy.talent.internal.TalentDemand;
import cn.yrd.academy.talent.internal.TalentDemands;
import cn.yrd.academy.talent.internal.TalentField;
import cn.yrd.academy.talent.internal.TalentProfile;

/**
 * A company's shortlists: adding from a profile or a match, a withdrawn student vanishing from the lists, and a
 * CSV export that carries only what each student shares, contact details only after an accepted request.
 */
@IntegrationTest
class ShortlistIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TalentDemands demands;

	@Autowired
	private Shortlists shortlists;

	@Autowired
	private ContactRequests contacts;

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
	void exportsOnlyConsentedFieldsAndContactDetailsOnlyAfterAcceptance() {
		String course = fixture.course("opc-ua");
		AcademyUser unnamed = fixture.student();
		fixture.pass(unnamed, course);
		EnumSet<TalentField> noName = EnumSet.allOf(TalentField.class);
		noName.remove(TalentField.NAME);
		TalentProfile unnamedProfile = fixture.join(unnamed, noName, List.of("mqtt"));
		AcademyUser named = fixture.student();
		TalentProfile namedProfile = fixture.join(named, EnumSet.of(TalentField.NAME, TalentField.LOCATION),
				List.of(), "=1+2");
		AcademyUser leaving = fixture.student();
		TalentProfile leavingProfile = fixture.join(leaving, EnumSet.allOf(TalentField.class), List.of());
		TalentDemand demand = demands.post(partner, new TalentDemand.Content("OPC UA 工程师", "",
				List.of(new RequiredSkill("opc-ua", 1)), List.of(), List.of(), 2, null, null));
		for (TalentProfile profile : List.of(unnamedProfile, namedProfile, leavingProfile)) {
			assertThat(mvc.post().uri("/partner/shortlists/add").with(user(partner)).with(csrf())
				.param("profile", profile.getPublicId()).param("demand", demand.getId().toString())
				.param("note", "=HYPERLINK(\"x\")"))
				.hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/partner/shortlists");
		}
		assertThat(mvc.post().uri("/partner/shortlists/add").with(user(partner)).with(csrf())
			.param("profile", namedProfile.getPublicId()).param("demand", demand.getId().toString()))
			.hasStatus(HttpStatus.FOUND).flash().containsEntry("errorKey", "shortlist.refused.duplicate");
		fixture.withdraw(leaving);

		assertThat(mvc.get().uri("/partner/shortlists").with(user(partner))).hasStatusOk().bodyText()
			.contains(unnamedProfile.getPublicId(), namedProfile.getPublicId(), named.displayName(), "OPC UA 工程师",
					"因学员撤回同意而不再显示")
			.doesNotContain(leavingProfile.getPublicId(), leaving.displayName(), unnamed.displayName());

		MvcTestResult export = mvc.get().uri("/partner/shortlists/export.csv").param("demand", demand.getId().toString())
			.with(user(partner)).exchange();
		assertThat(export).hasStatusOk().headers().hasValue(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"talent-shortlist-" + demand.getId() + ".csv\"");
		assertThat(export.getResponse().getContentType()).startsWith("text/csv");
		String csv = body(export);
		assertThat(csv).startsWith("\uFEFF\"档案编号\",\"姓名\"");
		assertThat(csv.split("\r\n")).hasSize(3);
		String unnamedRow = row(csv, unnamedProfile);
		assertThat(unnamedRow).startsWith("\"" + unnamedProfile.getPublicId() + "\",\"\",\"宁波职业技术学院\"")
			.contains("OPC UA", "第一个实训 100%", "MQTT")
			.doesNotContain(unnamed.displayName(), "@contact.example.cn", "138 0000");
		assertThat(row(csv, namedProfile)).contains(named.displayName(), "\"'=1+2\"")
			.doesNotContain("宁波职业技术学院", "@contact.example.cn");
		assertThat(csv).doesNotContain(leavingProfile.getPublicId(), leaving.displayName(), "HYPERLINK");

		ContactRequest request = contacts.request(partner, unnamedProfile.getPublicId(), "您好", demand.getId());
		assertThat(body(mvc.get().uri("/partner/shortlists/export.csv").param("demand", demand.getId().toString())
			.with(user(partner)).exchange())).doesNotContain("@contact.example.cn");
		contacts.accept(unnamed, request.getId());
		String accepted = body(mvc.get().uri("/partner/shortlists/export.csv").with(user(partner)).exchange());
		assertThat(row(accepted, unnamedProfile)).contains(unnamed.getUsername() + "@contact.example.cn",
				"138 0000 0000");

		AcademyUser other = fixture.otherPartner();
		assertThat(body(mvc.get().uri("/partner/shortlists/export.csv").with(user(other)).exchange()))
			.doesNotContain(unnamedProfile.getPublicId(), namedProfile.getPublicId());
		assertThat(mvc.get().uri("/partner/shortlists/export.csv").param("demand", demand.getId().toString())
			.with(user(other))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void profilesWithoutConsentCannotBeShortlistedAndEntriesAreRemovedByTheirCompanyOnly() {
		AcademyUser never = fixture.student();
		AcademyUser student = fixture.student();
		TalentProfile profile = fixture.join(student, EnumSet.of(TalentField.LOCATION), List.of());
		fixture.withdraw(student);
		assertThat(mvc.post().uri("/partner/shortlists/add").with(user(partner)).with(csrf())
			.param("profile", profile.getPublicId())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/partner/shortlists/add").with(user(partner)).with(csrf())
			.param("profile", "AAAAAAAAAAAAAAAAAAAAAA")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(never.id()).isPositive();

		TalentProfile active = fixture.join(student, EnumSet.of(TalentField.LOCATION), List.of());
		assertThat(mvc.post().uri("/partner/shortlists/add").with(user(partner)).with(csrf())
			.param("profile", active.getPublicId())).hasStatus(HttpStatus.FOUND);
		Long entry = entryOf(active).orElseThrow();
		AcademyUser other = fixture.otherPartner();
		assertThat(mvc.post().uri("/partner/shortlists/" + entry + "/remove").with(user(other)).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(entryOf(active)).isPresent();
		assertThat(mvc.post().uri("/partner/shortlists/" + entry + "/remove").with(user(partner)).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(entryOf(active)).isEmpty();
	}

	private Optional<Long> entryOf(TalentProfile profile) {
		return shortlists.of(partner, null).rows().stream()
			.filter(r -> r.card().getPublicId().equals(profile.getPublicId()))
			.map(r -> r.entry().getId())
			.findFirst();
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static String row(String csv, TalentProfile profile) {
		return Arrays.stream(csv.split("\r\n"))
			.filter(line -> line.startsWith("\"" + profile.getPublicId() + "\""))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + profile.getPublicId() + " in\n" + csv));
	}

}
