package cn.yrd.academy.certification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.yrd.academy.catalog.Visibility;
import cn.yrd.academy.catalog.internal.CoursePackages;
import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.certification.CertificateLevel;
import cn.yrd.academy.certification.CertificateStatus;
import cn.yrd.academy.certification.internal.Certificate;
import cn.yrd.academy.certification.internal.CertificateDecisions;
import cn.yrd.academy.certification.internal.Certificates;
import cn.yrd.academy.certification.internal.CertificationDefinition;
import cn.yrd.academy.certification.internal.Definitions;
import cn.yrd.academy.certification.internal.Requirement;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.learning.internal.LabSubmission;
import cn.yrd.academy.learning.internal.LabSubmissions;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestCourses;
import cn.yrd.academy.support.TestStudents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public certificate pages as an employer and a holder meet them: a certificate earned through a graded lab,
 * verified by number, pasted or uploaded; its achievement page; the credential files; the holder's API list.
 * Requests come from their own client addresses so that the verification rate limit of one test does not reach
 * another.
 */
@IntegrationTest
class CertificatePagesIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private static final String LAB = "first-lab";

	private static String course;

	private static String definition;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private Enrollments enrollments;

	@Autowired
	private CoursePackages packages;

	@Autowired
	private Definitions definitions;

	@Autowired
	private LabSubmissions submissions;

	@Autowired
	private CertificateDecisions decisions;

	@Autowired
	private Certificates certificates;

	private RequestPostProcessor client;

	@BeforeEach
	void setUp() {
		client = from("10.66." + ADDRESSES.incrementAndGet() + ".1");
		if (course != null) {
			return;
		}
		String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		course = "CW-" + suffix;
		assertThat(packages.importPackage(TestCourses.files(TestCourses.course(course, "TONGJI", Visibility.CLUSTER,
				"交通灯控制实训" + suffix, "Traffic light control", List.of("intro"), "交通灯时序。")), instructor(), true)
			.problems()).isEmpty();
		definition = "CW-PLC-" + suffix;
		definitions.save(definition, new CertificationDefinition.Content(
				new Bilingual("PLC 交通灯控制认证", "PLC traffic light control"),
				new Bilingual("能够编写并调试交通灯时序程序。", "Writes and debugs a traffic light sequence."),
				CertificateLevel.INTERMEDIATE, 24, "TONGJI", false, true, List.of("plc-programming"),
				List.of(Requirement.lab(course, LAB, 60))), admin());
	}

	@Test
	void theVerifyPageShowsTheHolderTheAchievementAndAValidVerdictButNoOtherPersonalData() {
		AcademyUser student = student("cw-valid");
		Certificate certificate = earn(student);

		MvcTestResult page = mvc.get().uri("/verify/" + certificate.getNumber()).with(client).exchange();

		assertThat(page).hasStatusOk().bodyText()
			.contains(student.displayName(), "data-verdict=\"valid\"", "有效", "PLC 交通灯控制认证",
					"PLC traffic light control", "中级", "PLC 编程", "第一个实训", "90%",
					"id=\"evidence-" + certificate.getEvidence().get(0).getSubmissionId() + "\"",
					"/certifications/" + definition, "/issuers/TONGJI", certificate.getNumber())
			.doesNotContain(student.getUsername(), student.getUsername() + "@example.cn", "宁波职业技术学院",
					"/credentials/" + certificate.getNumber() + ".jwt");
		assertThat(mvc.get().uri("/verify/" + certificate.getNumber()).param("lang", "en").with(client))
			.hasStatusOk().bodyText().contains("Valid", "Intermediate", "First lab", student.displayName());
	}

	@Test
	void aRevokedCertificateShowsTheIssuersReason() {
		Certificate certificate = earn(student("cw-revoked"));
		decisions.revoke(certificate.getNumber(), admin(), "实训报告系抄袭");

		assertThat(mvc.get().uri("/verify/" + certificate.getNumber()).with(client)).hasStatusOk().bodyText()
			.contains("data-verdict=\"revoked\"", "已撤销", "实训报告系抄袭")
			.doesNotContain("data-verdict=\"valid\"");
	}

	@Test
	void unknownAndMalformedNumbersGetAnHonestAnswer() {
		assertThat(mvc.get().uri("/verify/YRD-INT-2000-999999").with(client)).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText().contains("没有该编号的证书");
		assertThat(mvc.get().uri("/verify/not-a-number").with(client)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/verify").param("number", "12345").with(client)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText().contains("证书编号格式不正确");
		assertThat(mvc.get().uri("/verify").param("number", " yrd-int-2000-999999 ").with(client))
			.hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/verify/YRD-INT-2000-999999");
		assertThat(mvc.get().uri("/verify").with(client)).hasStatusOk().bodyText().contains("按证书编号查询");
	}

	@Test
	void aPastedCredentialIsVerifiedAndATamperedOneNeverPasses() {
		AcademyUser student = student("cw-paste");
		Certificate certificate = earn(student);
		String jwt = certificate.getJwt();

		assertThat(paste(jwt)).hasStatusOk().bodyText()
			.contains("data-verdict=\"valid\"", "PLC 交通灯控制认证", student.displayName(),
					"/verify/" + certificate.getNumber());

		String[] parts = jwt.split("\\.");
		char flipped = parts[1].charAt(20) == 'A' ? 'B' : 'A';
		String tampered = parts[0] + "." + parts[1].substring(0, 20) + flipped + parts[1].substring(21) + "."
				+ parts[2];
		assertThat(paste(tampered)).hasStatusOk().bodyText()
			.contains("data-verdict=\"invalid\"", "无效")
			.doesNotContain("data-verdict=\"valid\"", student.displayName());
		assertThat(paste("{\"proof\": 1")).hasStatusOk().bodyText().contains("data-verdict=\"invalid\"");
		assertThat(paste("garbage")).hasStatusOk().bodyText().contains("无法读取");
	}

	@Test
	void uploadsAreCheckedAndFilesOfTheWrongTypeOrSizeAreRefused() {
		AcademyUser student = student("cw-upload");
		Certificate certificate = earn(student);
		String json = body(mvc.get().uri("/credentials/" + certificate.getNumber() + ".json").with(user(student))
			.exchange());

		assertThat(upload(new MockMultipartFile("file", "cert.json", "application/json",
				json.getBytes(StandardCharsets.UTF_8)))).hasStatusOk().bodyText()
			.contains("data-verdict=\"valid\"", student.displayName());
		assertThat(upload(new MockMultipartFile("file", "cert.jwt", "application/octet-stream",
				certificate.getJwt().getBytes(StandardCharsets.UTF_8)))).hasStatusOk().bodyText()
			.contains("data-verdict=\"valid\"");
		assertThat(upload(new MockMultipartFile("file", "cert.pdf", "application/pdf", "%PDF-1.7".getBytes())))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("只接受 .jwt 或 .json 文件");
		assertThat(upload(new MockMultipartFile("file", "big.jwt", "application/octet-stream",
				new byte[64 * 1024 + 1]))).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("文件太大");
	}

	@Test
	void credentialFilesGoToTheHolderAndTheIssuerAndTheJwtToAnyoneOnceShared() {
		AcademyUser student = student("cw-files");
		AcademyUser stranger = student("cw-stranger");
		Certificate certificate = earn(student);
		String number = certificate.getNumber();

		MvcTestResult jwt = mvc.get().uri("/credentials/" + number + ".jwt").with(user(student)).exchange();
		assertThat(jwt).hasStatusOk().hasContentType("application/vc+jwt")
			.hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + number + ".jwt\"");
		assertThat(body(jwt)).isEqualTo(certificate.getJwt());
		MvcTestResult json = mvc.get().uri("/credentials/" + number + ".json").with(user(student)).exchange();
		assertThat(json).hasStatusOk()
			.hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + number + ".json\"");
		assertThat(apiVerdict(JSON.readTree(body(json)))).isEqualTo("valid");
		assertThat(mvc.get().uri("/credentials/" + number + ".json").with(user(admin()))).hasStatusOk();

		assertThat(mvc.get().uri("/credentials/" + number + ".json").with(user(stranger)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/credentials/" + number + ".jwt").with(user(stranger)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/credentials/" + number + ".jwt")).hasStatus3xxRedirection();

		decisions.share(number, student, true);
		assertThat(mvc.get().uri("/credentials/" + number + ".jwt")).hasStatusOk().body()
			.isEqualTo(certificate.getJwt().getBytes(StandardCharsets.UTF_8));
		assertThat(mvc.get().uri("/credentials/" + number + ".json")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/verify/" + number).with(client)).bodyText()
			.contains("/credentials/" + number + ".jwt");
	}

	@Test
	void theApiListsTheCallersOwnCertificatesOnly() {
		AcademyUser student = student("cw-api");
		Certificate certificate = earn(student);
		AcademyUser other = student("cw-api2");

		JsonNode mine = JSON.readTree(body(mvc.get().uri("/api/v1/certificates")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(student)).exchange()));
		assertThat(mine).hasSize(1);
		JsonNode first = mine.get(0);
		assertThat(first.path("number").asString()).isEqualTo(certificate.getNumber());
		assertThat(first.path("definition").asString()).isEqualTo(definition);
		assertThat(first.path("name").path("en").asString()).isEqualTo("PLC traffic light control");
		assertThat(first.path("level").asString()).isEqualTo("INTERMEDIATE");
		assertThat(first.path("status").asString()).isEqualTo("ISSUED");
		assertThat(first.path("issuedAt").asString()).endsWith("Z");
		assertThat(first.path("links").path("verify").asString()).endsWith("/verify/" + certificate.getNumber());
		assertThat(first.path("links").path("json").asString()).endsWith("/credentials/" + certificate.getNumber() + ".json");

		assertThat(JSON.readTree(body(mvc.get().uri("/api/v1/certificates")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(other)).exchange()))).isEmpty();
		assertThat(mvc.get().uri("/api/v1/certificates")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void tooManyLookupsFromOneAddressGetA429Page() {
		RequestPostProcessor busy = from("10.67.0.1");
		for (int i = 0; i < 30; i++) {
			mvc.get().uri("/verify/YRD-INT-2000-00000" + (i % 10)).with(busy).exchange();
		}

		assertThat(mvc.get().uri("/verify/YRD-INT-2000-000001").with(busy)).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.bodyText().contains("核验次数过多");
		assertThat(mvc.post().uri("/verify").param("credential", "x").with(busy).with(csrf()))
			.hasStatus(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void theAchievementPagesDescribeTheCertificationAndWhatItTakes() {
		assertThat(mvc.get().uri("/certifications")).hasStatusOk().bodyText()
			.contains("PLC 交通灯控制认证", "/certifications/" + definition);
		assertThat(mvc.get().uri("/certifications/" + definition)).hasStatusOk().bodyText()
			.contains("PLC 交通灯控制认证", "能够编写并调试交通灯时序程序。", "24 个月", "第一个实训", "交通灯控制实训",
					"PLC 编程", "满足要求后自动颁发");
		assertThat(mvc.get().uri("/certifications/" + definition).param("lang", "en")).hasStatusOk().bodyText()
			.contains("24 months", "First lab", "Traffic light control");
		assertThat(mvc.get().uri("/certifications/NO-SUCH-CERT")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anInactiveCertificationStaysReadableWithANoteButIsNotListed() {
		String retired = definition + "-OLD";
		definitions.save(retired, new CertificationDefinition.Content(new Bilingual("旧版交通灯认证", "Old traffic light"),
				new Bilingual("已停用。", "Retired."), CertificateLevel.BEGINNER, null, "TONGJI", true, false, List.of(),
				List.of(Requirement.lab(course, LAB, 60))), admin());

		assertThat(mvc.get().uri("/certifications/" + retired)).hasStatusOk().bodyText()
			.contains("旧版交通灯认证", "已停止颁发", "长期有效", "经颁发机构审核颁发");
		assertThat(mvc.get().uri("/certifications")).bodyText().doesNotContain("旧版交通灯认证");
	}

	/** Passes the lab; the certificate comes from the evaluation that runs once the grading has committed. */
	private Certificate earn(AcademyUser student) {
		enrollments.enroll(course, student).orElseThrow();
		LabSubmission submission = submissions.submit(student, course, LAB, "交通灯运行正常", List.of(), List.of());
		submissions.grade(submission.getId(), instructor(), List.of(90), "很好");
		List<Certificate> mine = certificates.mine(student.id());
		assertThat(mine).singleElement().extracting(Certificate::getStatus).isEqualTo(CertificateStatus.ISSUED);
		return mine.get(0);
	}

	private MvcTestResult paste(String credential) {
		return mvc.post().uri("/verify").param("credential", credential).with(client).with(csrf()).exchange();
	}

	private MvcTestResult upload(MockMultipartFile file) {
		return mvc.post().uri("/verify").multipart().file(file).with(client).with(csrf()).exchange();
	}

	private String apiVerdict(JsonNode credential) {
		MvcTestResult result = mvc.post().uri("/api/v1/verify").contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("credential", credential))).with(client).exchange();
		assertThat(result).hasStatusOk();
		return JSON.readTree(body(result)).path("verdict").asString();
	}

	private String token(AcademyUser user) {
		MvcTestResult issued = mvc.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + user.getUsername() + "\",\"password\":\"" + TestStudents.PASSWORD + "\"}")
			.exchange();
		assertThat(issued).hasStatusOk();
		return JSON.readTree(body(issued)).path("token").asString();
	}

	private AcademyUser student(String prefix) {
		String username = new TestStudents(registrations, organizations).register(prefix).getUsername();
		return (AcademyUser) users.loadUserByUsername(username);
	}

	private AcademyUser instructor() {
		return (AcademyUser) users.loadUserByUsername("instructor1");
	}

	private AcademyUser admin() {
		return (AcademyUser) users.loadUserByUsername("admin");
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
