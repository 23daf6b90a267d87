package cn.yrd.academy.talent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import cn.yrd.academy.catalog.internal.CoursePackages;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.certification.internal.Certificate;
import cn.yrd.academy.certification.internal.CertificateAwards;
import cn.yrd.academy.certification.internal.CertificateDecisions;
import cn.yrd.academy.certification.internal.Certificates;
import cn.yrd.academy.certification.internal.Definitions;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.learning.internal.LabSubmissions;
import cn.yrd.academy.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The talent pool's privacy promises against the real index: what a student did not share (or no longer shares)
 * is never found, counted or opened; revoked evidence stops counting; contact details wait for acceptance; every
 * search and view is recorded. Each test finds its own profiles by unique tokens, as the index is shared.
 */
@IntegrationTest
class TalentPoolIntegrationTests {

	@Autowired
	private TalentConsent consent;

	@Autowired
	private TalentFinder finder;

	@Autowired
	private TalentSearch search;

	@Autowired
	private ContactRequests contacts;

	@Autowired
	private SearchLogRepository searchLog;

	@Autowired
	private CertificateDecisions decisions;

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
	private Certificates certificates;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	/** What {@link TalentFixture#about} and the student's organization put in fields a test may leave unshared. */
	private static final List<String> HIDDEN_TEXT = List.of("宁波", "测试市", "hidden-mail", "province:JS");

	private TalentFixture fixture;

	private AcademyUser partner;

	@BeforeEach
	void setUp() {
		fixture = new TalentFixture(packages, enrollments, definitions, submissions, awards, certificates, users,
				registrations, organizations);
		partner = fixture.user("partner1");
	}

	@Test
	void nonConsentedStudentIsInNoResultAndNoFacetCount() {
		TalentSearch.Page before = search.search(TalentSearch.Query.text(null));
		TalentSearch.Query plcInZhejiang = new TalentSearch.Query(null, "plc-programming", 1, "BEGINNER", null, "ZJ",
				null, null, null, 0);
		TalentSearch.Page zhejiangBefore = search.search(plcInZhejiang);
		String token = TalentFixture.token("silent");
		AcademyUser silent = fixture.student("沉默" + token);
		Certificate held = fixture.certify(silent, token, List.of("plc-programming", "ics-security"));
		AcademyUser partial = fixture.student("部分" + token);
		fixture.certify(partial, token + "b", List.of("plc-programming"));
		consent.consent(partial, TalentFixture.only(TalentField.PREFERENCES), TalentFixture.about(token, "ZJ"));

		TalentSearch.Page after = search.search(TalentSearch.Query.text(null));

		assertThat(after.facets()).isEqualTo(before.facets());
		assertThat(after.total()).isEqualTo(before.total() + 1);
		assertThat(search.search(new TalentSearch.Query(null, null, null, null, held.getDefinition().getCode(), null,
				null, null, null, 0)).total()).isZero();
		assertThat(search.search(TalentSearch.Query.text(token)).total()).isZero();
		assertThat(search.search(TalentSearch.Query.text("证书" + token)).total()).isZero();
		TalentSearch.Page zhejiangAfter = search.search(plcInZhejiang);
		assertThat(zhejiangAfter.total()).isEqualTo(zhejiangBefore.total());
		assertThat(zhejiangAfter.facets()).isEqualTo(zhejiangBefore.facets());
	}

	@Test
	void evidenceRanksAboveWhatStudentsOnlySay() {
		String token = TalentFixture.token("rank");
		AcademyUser says = fixture.student("自述" + token);
		consent.consent(says, TalentFixture.only(TalentField.NAME, TalentField.ABOUT),
				new TalentProfile.Details("PLC 编程很熟练 " + token + " " + token, null, null, null, false, "", null, null,
						List.of("plc-programming")));
		AcademyUser proven = fixture.student("持证" + token);
		fixture.certify(proven, token, List.of("plc-programming"));
		consent.consent(proven, TalentFixture.only(TalentField.NAME, TalentField.CERTIFICATES, TalentField.LABS),
				TalentFixture.about("", null));

		List<String> byText = search.search(TalentSearch.Query.text(token)).results().stream()
			.map(TalentCard::getDisplayName)
			.toList();
		List<String> bySkill = search.search(new TalentSearch.Query(token, "plc-programming", null, null, null, null,
				null, null, null, 0)).results().stream().map(TalentCard::getDisplayName).toList();

		assertThat(byText).containsExactly("持证" + token, "自述" + token);
		assertThat(bySkill).containsExactly("持证" + token, "自述" + token);
	}

	@Test
	void graduationFilterKeepsWhoSharesADateOnOrBeforeIt() {
		String token = TalentFixture.token("grad");
		for (int year : new int[] { 2026, 2028 }) {
			consent.consent(fixture.student(year + token), TalentFixture.only(TalentField.NAME, TalentField.ABOUT,
					TalentField.PREFERENCES), new TalentProfile.Details(token, null, null, LocalDate.of(year, 6, 30), false,
							"", null, null, List.of()));
		}
		consent.consent(fixture.student("hidden" + token), TalentFixture.only(TalentField.NAME, TalentField.ABOUT),
				new TalentProfile.Details(token, null, null, LocalDate.of(2026, 6, 30), false, "", null, null,
						List.of()));

		TalentSearch.Page byEarly2027 = search.search(new TalentSearch.Query(token, null, null, null, null, null, null,
				null, LocalDate.of(2027, 1, 31), 0));

		assertThat(byEarly2027.results()).extracting(TalentCard::getDisplayName).containsExactly("2026" + token);
		assertThat(search.search(TalentSearch.Query.text(token)).total()).isEqualTo(3);
	}

	@Test
	void fieldsNotSharedCannotBeFoundByTheirTextOrByQuerySyntax() {
		String name = TalentFixture.token("hidden");
		String about = TalentFixture.token("shared");
		AcademyUser student = fixture.student(name);
		TalentProfile profile = consent.consent(student, TalentFixture.only(TalentField.ABOUT),
				TalentFixture.about(about, "JS"));

		assertThat(ids(search.search(TalentSearch.Query.text(about)))).containsExactly(profile.getPublicId());
		for (String attack : List.of(name, "宁波职业技术学院 " + about, "hidden-mail@example.cn", "测试市 " + about,
				"name:" + name, "displayName:" + name, "keywords:" + name, "\"" + name + "\"", "+" + name,
				name + "*", "*" + about.substring(3), about + " AND " + name, about + " +" + name,
				"organizationName:宁波 " + about, "province:JS " + about, "(" + name + ")", name + "~",
				"\\" + name, "[a TO z] " + name, "{!lucene}" + name, "/" + name + "/", name + "^10 " + about + " && !x",
				"\u0000" + name, "||", "\"", "*", "((((", "-", "~~~~", "x".repeat(10_000))) {
			assertThatNoException().as(attack).isThrownBy(() -> search.search(TalentSearch.Query.text(attack)));
			TalentSearch.Page page = search.search(TalentSearch.Query.text(attack));
			assertThat(page.results()).as(attack).allSatisfy(card -> {
				assertThat(card.getDisplayName()).isNotEqualTo(name);
				if (card.getPublicId().equals(profile.getPublicId())) {
					assertThat(card.getDisplayName()).isNull();
					assertThat(card.getOrganizationName()).isNull();
					assertThat(card.getProvince()).isNull();
					assertThat(card.getJobPreferences()).isEmpty();
				}
			});
			if (attack.contains(name) || HIDDEN_TEXT.stream().anyMatch(attack::contains)) {
				assertThat(ids(page)).as(attack).doesNotContain(profile.getPublicId());
			}
		}
	}

	@Test
	void withdrawalRemovesTheProfileBeforeItReturns() {
		String about = TalentFixture.token("leaving");
		AcademyUser student = fixture.student("离开" + about);
		TalentProfile profile = consent.consent(student, TalentFixture.only(TalentField.ABOUT, TalentField.NAME),
				TalentFixture.about(about, "SH"));
		assertThat(search.search(TalentSearch.Query.text(about)).total()).isEqualTo(1);

		consent.withdraw(student);

		assertThat(search.search(TalentSearch.Query.text(about)).total()).isZero();
		assertThatThrownBy(() -> finder.open(partner, profile.getPublicId()))
			.isInstanceOf(ProfileNotFoundException.class);
		assertThat(consent.history(student.id())).extracting(ConsentRecord::getAction)
			.containsExactly(ConsentRecord.Action.WITHDRAWN, ConsentRecord.Action.GRANTED);
	}

	@Test
	void unknownOrEnumeratedIdsAreNotFound() {
		AcademyUser student = fixture.student("编号" + TalentFixture.token("id"));
		TalentProfile profile = consent.consent(student, TalentFixture.only(TalentField.ABOUT),
				TalentFixture.about("", null));
		for (String id : new String[] { TalentProfile.newPublicId(), profile.getId().toString(), "1", "",
				profile.getPublicId().toLowerCase() + "x", "' OR 1=1 --", "../" + profile.getPublicId(),
				"x".repeat(5000), null }) {
			assertThatThrownBy(() -> finder.open(partner, id)).as(id).isInstanceOf(ProfileNotFoundException.class);
		}
		assertThat(finder.open(partner, profile.getPublicId()).card().getPublicId()).isEqualTo(profile.getPublicId());
	}

	@Test
	void revokedCertificateLeavesTheCardAndTheSkillMatch() {
		String about = TalentFixture.token("revoked");
		AcademyUser student = fixture.student("撤销" + about);
		Certificate held = fixture.certify(student, about, List.of("robot-safety"));
		consent.consent(student, TalentFixture.only(TalentField.CERTIFICATES, TalentField.ABOUT),
				TalentFixture.about(about, null));
		TalentSearch.Query atLeastBeginner = new TalentSearch.Query(about, "robot-safety", 1, null, null, null, null,
				null, null, 0);
		TalentSearch.Page before = search.search(atLeastBeginner);
		assertThat(before.total()).isEqualTo(1);
		assertThat(before.results().get(0).getCertificateLines()).anyMatch(line -> line.contains(about));

		decisions.revoke(held.getNumber(), fixture.user("admin"), "考核材料不实");

		assertThat(search.search(atLeastBeginner).total()).isZero();
		TalentSearch.Page after = search.search(TalentSearch.Query.text(about));
		assertThat(after.total()).isEqualTo(1);
		TalentCard card = after.results().get(0);
		assertThat(card.getCertificateLines()).noneMatch(line -> line.contains(about));
		assertThat(card.getSkillLevelPairs()).noneMatch(pair -> pair.startsWith("robot-safety:"));
		assertThat(search.search(new TalentSearch.Query(about, null, null, null, held.getDefinition().getCode(), null,
				null, null, null, 0)).total()).isZero();
	}

	@Test
	void contactDetailsOnlyAfterTheStudentAccepts() {
		AcademyUser student = fixture.student("联系" + TalentFixture.token("c"));
		TalentProfile profile = consent.consent(student,
				TalentFixture.only(TalentField.ABOUT, TalentField.CONTACT), TalentFixture.about("", null));
		assertThat(finder.open(partner, profile.getPublicId()).contact()).isEmpty();

		ContactRequest request = contacts.request(partner, profile.getPublicId(), "您好，想邀请您面试。", null);
		assertThat(finder.open(partner, profile.getPublicId()).contact()).isEmpty();
		contacts.accept(student, request.getId());

		assertThat(finder.open(partner, profile.getPublicId()).contact()).hasValueSatisfying(contact -> {
			assertThat(contact.email()).isEqualTo("hidden-mail@example.cn");
			assertThat(contact.phone()).isEqualTo("+86 138 0000 0000");
		});
	}

	@Test
	void viewsAndSearchesAreRecorded() {
		String about = TalentFixture.token("viewed");
		AcademyUser student = fixture.student("查看" + about);
		TalentProfile profile = consent.consent(student, TalentFixture.only(TalentField.ABOUT),
				TalentFixture.about(about, null));
		long searches = searchLog.count();

		finder.search(partner, TalentSearch.Query.text(about));
		finder.open(partner, profile.getPublicId());
		finder.open(partner, profile.getPublicId());

		assertThat(searchLog.count()).isEqualTo(searches + 1);
		assertThat(finder.viewersOf(student.id())).hasSize(2)
			.allSatisfy(viewer -> assertThat(viewer.organization().zh()).isEqualTo("上海电气"));
	}

	@Test
	void onlyApprovedPartnersSearchOrOpen() {
		for (String username : List.of("student1", "instructor1", "labadmin1", "admin")) {
			AcademyUser user = fixture.user(username);
			assertThatThrownBy(() -> finder.search(user, TalentSearch.Query.text("PLC"))).as(username)
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> finder.open(user, TalentProfile.newPublicId())).as(username)
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	private static List<String> ids(TalentSearch.Page page) {
		return page.results().stream().map(TalentCard::getPublicId).toList();
	}

}
