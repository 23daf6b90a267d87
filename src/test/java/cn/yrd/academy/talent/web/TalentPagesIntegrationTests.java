package cn.yrd.academy.talent.web;

import java.util.UUID;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.OrganizationSummary;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.shared.web.LocaleConfiguration;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestStudents;
import cn.yrd.academy.talent.internal.ContactRequests;
import cn.yrd.academy.talent.internal.TalentConsent;
import cn.yrd.academy.talent.internal.TalentProfile;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The talent pool pages over HTTP on the embedded MariaDB: a student consents, partner1 finds and opens the
 * profile, asks for contact, the student accepts. Every student is fresh and every searched text a random token,
 * so the tests never see each other's profiles.
 */
@IntegrationTest
class TalentPagesIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizationRepository;

	@Autowired
	private Organizations organizations;

	@Autowired
	private TalentConsent consent;

	@Autowired
	private ContactRequests contacts;

	private AcademyUser partner;

	private AcademyUser student;

	private String token;

	@BeforeEach
	void setUp() {
		partner = as("partner1");
		student = freshStudent();
		token = token();
	}

	@Test
	void aConsentedProfileIsFoundByItsSharedTextButNeverShowsTheUnsharedName() {
		assertThat(mvc.get().uri("/talent/profile").with(user(student))).hasStatus(HttpStatus.OK).bodyText()
			.contains("加入人才库是您单独作出的同意", "同意书版本：v1", "同意并加入人才库", "id=\"talent-consent-form\"",
					student.getUsername() + "@example.cn", "还没有企业查看过您的资料。")
			.doesNotContain("checked=\"checked\"", "id=\"talent-withdraw\"");

		join(student, "ABOUT,LOCATION,PREFERENCES", "会 PLC 调试 " + token);
		String publicId = publicIdOf(student);

		assertThat(mvc.get().uri("/talent/search?q=" + token).with(user(partner))).hasStatus(HttpStatus.OK).bodyText()
			.contains(token, "id=\"result-" + publicId + "\"", "未公开姓名", "江苏", "苏州", "自述", "共 1 位学员")
			.doesNotContain(student.displayName());
		assertThat(mvc.get().uri("/talent/search").param("q", student.displayName()).with(user(partner)))
			.hasStatus(HttpStatus.OK).bodyText().doesNotContain(publicId, "<span>" + student.displayName());
		assertThat(mvc.get().uri("/talent/profiles/" + publicId).with(user(partner))).hasStatus(HttpStatus.OK)
			.bodyText()
			.contains(token, "未公开姓名", "PLC 编程", "自述", "该学员没有选择分享联系方式。", "加入候选名单",
					"name=\"profile\" value=\"" + publicId + "\"")
			.doesNotContain(student.displayName(), student.getUsername(), "id=\"talent-contact-form\"");

		assertThat(mvc.get().uri("/talent/profile").with(user(student))).hasStatus(HttpStatus.OK).bodyText()
			.contains("id=\"talent-withdraw\"", "撤回同意", "企业看到的内容", token, organizationName(partner),
					"同意加入", "自我介绍和自述技能", "保存更改")
			.doesNotContain("还没有企业查看过您的资料。");
	}

	@Test
	void withdrawingRemovesTheProfileFromSearchAndViewAtOnce() {
		join(student, "ABOUT", "机器人焊接 " + token);
		String publicId = publicIdOf(student);
		assertThat(mvc.get().uri("/talent/search?q=" + token).with(user(partner))).bodyText().contains(publicId);

		assertThat(mvc.post().uri("/talent/profile/withdraw").with(user(student)).with(csrf()))
			.hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/talent/profile");

		assertThat(mvc.get().uri("/talent/search?q=" + token).with(user(partner))).hasStatus(HttpStatus.OK).bodyText()
			.doesNotContain(publicId, "id=\"result-").containsAnyOf("id=\"talent-no-match\"", "id=\"talent-pool-empty\"");
		assertThat(mvc.get().uri("/talent/profiles/" + publicId).with(user(partner))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/talent/profile").with(user(student))).hasStatus(HttpStatus.OK).bodyText()
			.contains("撤回同意", "同意加入", "同意并加入人才库").doesNotContain("id=\"talent-preview\"");
	}

	@Test
	void contactDetailsCrossOnlyAfterTheStudentAccepts() {
		String email = token + "@talent.example.cn";
		join(student, "ABOUT,CONTACT", "工业网络 " + token, "contactEmail", email);
		String publicId = publicIdOf(student);
		String profile = "/talent/profiles/" + publicId;

		assertThat(mvc.get().uri(profile).with(user(partner))).hasStatus(HttpStatus.OK).bodyText()
			.contains("id=\"talent-contact-form\"").doesNotContain(email);
		assertThat(mvc.post().uri(profile + "/contact").param("message", "实习面试 " + token).with(user(partner))
			.with(csrf())).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(profile);
		assertThat(mvc.get().uri(profile).with(user(partner))).hasStatus(HttpStatus.OK).bodyText()
			.contains("等待学员回复").doesNotContain(email, "id=\"talent-contact-form\"");
		assertThat(mvc.get().uri("/talent/requests/sent").with(user(partner))).hasStatus(HttpStatus.OK).bodyText()
			.contains(profile, "待处理", "实习面试 " + token);

		long requestId = contacts.toStudent(student.id()).get(0).getId();
		assertThat(mvc.get().uri("/talent/requests").with(user(student))).hasStatus(HttpStatus.OK).bodyText()
			.contains(organizationName(partner), "实习面试 " + token, "待处理", "/talent/requests/" + requestId + "/accept");
		assertThat(mvc.post().uri("/talent/requests/" + requestId + "/accept").with(user(freshStudent())).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri(profile).with(user(partner))).bodyText().doesNotContain(email);

		assertThat(mvc.post().uri("/talent/requests/" + requestId + "/accept").with(user(student)).with(csrf()))
			.hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/talent/requests");
		assertThat(mvc.get().uri(profile).with(user(partner))).hasStatus(HttpStatus.OK).bodyText()
			.contains("id=\"talent-contact-details\"", email, student.displayName());
		assertThat(mvc.get().uri("/talent/requests").with(user(student))).hasStatus(HttpStatus.OK).bodyText()
			.contains("已接受", "对方联系人：", partner.displayName())
			.doesNotContain("/talent/requests/" + requestId + "/accept");
		assertThat(mvc.post().uri("/talent/requests/" + requestId + "/decline").with(user(student)).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(mvc.get().uri(profile).with(user(partner))).bodyText().contains(email);
	}

	@Test
	void aRefusedConsentKeepsTheInputAndChangesNothing() {
		assertThat(mvc.post().uri("/talent/profile").param("about", "只写了介绍 " + token).param("city", "无锡")
			.with(user(student)).with(csrf())).hasStatus(HttpStatus.OK).bodyText()
			.contains("请至少选择一项愿意分享的信息。", "只写了介绍 " + token, "无锡");
		assertThat(mvc.post().uri("/talent/profile").param("fields", "ABOUT").param("about", "<b>" + token)
			.with(user(student)).with(csrf())).hasStatus(HttpStatus.OK).bodyText()
			.contains("且不能包含尖括号。");
		assertThat(mvc.post().uri("/talent/profile").param("fields", "ABOUT", "NOPE").param("graduation", "soon")
			.with(user(student)).with(csrf())).hasStatus(HttpStatus.OK).bodyText().contains("alert-danger");
		assertThat(consent.profileOf(student.id())).isEmpty();
	}

	@Test
	void onlyPartnersSearchAndOnlyStudentsConsent() {
		assertThat(mvc.get().uri("/talent/search").with(user(student))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/talent/search").with(user(as("instructor1")))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/talent/profiles/x").with(user(student))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/talent/requests/sent").with(user(student))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/talent/profile").with(user(partner))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/talent/requests").with(user(partner))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/talent/profiles/" + "no-such-profile").with(user(partner)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/talent/requests").with(user(student))).hasStatus(HttpStatus.OK).bodyText()
			.contains("还没有企业向您发送联系请求。");
	}

	@Test
	void badSearchParametersFilterNothingInsteadOfFailing() {
		join(student, "ABOUT,LOCATION", "边缘计算 " + token);
		assertThat(mvc.get().uri("/talent/search").param("q", token).param("level", "EXPERT").param("page", "-5")
			.param("minLevel", "99").param("skill", "no-such-skill").param("province", "XX").param("orgType", "'")
			.param("internship", "maybe").param("graduatingBy", "2027-13").with(user(partner))).hasStatus(HttpStatus.OK)
			.bodyText().contains(publicIdOf(student));
		assertThat(mvc.get().uri("/talent/search").param("q", "x".repeat(5000) + " AND (\"*").param("page", "99999999999")
			.with(user(partner))).hasStatus(HttpStatus.OK);
		assertThat(mvc.get().uri("/talent/search").param("q", token).param("province", "JS").with(user(partner)))
			.hasStatus(HttpStatus.OK).bodyText().contains(publicIdOf(student), "id=\"facet-province\"");
		assertThat(mvc.get().uri("/talent/search").param("q", token).param("province", "AH").with(user(partner)))
			.hasStatus(HttpStatus.OK).bodyText().doesNotContain(publicIdOf(student));
		// the student shares no graduation date, so a graduation filter leaves them out
		assertThat(mvc.get().uri("/talent/search").param("q", token).param("graduatingBy", "2030-06")
			.with(user(partner))).hasStatus(HttpStatus.OK).bodyText().doesNotContain(publicIdOf(student))
			.contains("value=\"2030-06\"");
	}

	/** By the language cookie, not {@code ?lang=en}: that would store English as the demo partner's choice. */
	@Test
	void thePagesSpeakEnglishWhenAsked() {
		Cookie english = new Cookie(LocaleConfiguration.COOKIE_NAME, "en");
		join(student, "ABOUT", "OPC UA " + token);
		assertThat(mvc.get().uri("/talent/profile").cookie(english).with(user(student))).hasStatus(HttpStatus.OK)
			.bodyText().contains("Talent pool", "Withdraw consent", "What companies see", "Consent history", "Joined")
			.doesNotContain("撤回同意");
		assertThat(mvc.get().uri("/talent/search?q=" + token).cookie(english).with(user(partner)))
			.hasStatus(HttpStatus.OK).bodyText()
			.contains("Find talent", "Name not shared", "self-declared", "Organization type", "1 students")
			.doesNotContain("未公开姓名");
	}

	private void join(AcademyUser who, String fields, String about, String... more) {
		var request = mvc.post().uri("/talent/profile").param("fields", fields.split(",")).param("about", about)
			.param("province", "JS").param("city", "苏州").param("graduation", "2027-07-01")
			.param("openToInternship", "true").param("declaredSkills", "plc-programming");
		for (int i = 0; i + 1 < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		assertThat(request.with(user(who)).with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/talent/profile");
	}

	private String publicIdOf(AcademyUser who) {
		return consent.profileOf(who.id()).filter(TalentProfile::isActive).orElseThrow().getPublicId();
	}

	private String organizationName(AcademyUser who) {
		return organizations.find(who.organizationId()).map(OrganizationSummary::name).orElseThrow().zh();
	}

	private AcademyUser freshStudent() {
		String username = new TestStudents(registrations, organizationRepository).register("talent").getUsername();
		return as(username);
	}

	private AcademyUser as(String username) {
		return (AcademyUser) users.loadUserByUsername(username);
	}

	/** Letters only, so the analyzer keeps it one term. */
	private static String token() {
		StringBuilder token = new StringBuilder("tk");
		for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
			token.append((char) ('a' + Character.digit(c, 16)));
		}
		return token.substring(0, 14);
	}

}
