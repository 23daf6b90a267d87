package cn.yrd.academy.certification.internal;

import static cn.yrd.academy.certification.internal.CertificationTestBed.COURSE;
import static cn.yrd.academy.certification.internal.CertificationTestBed.ISSUER;
import static cn.yrd.academy.certification.internal.CertificationTestBed.LATCH;
import static cn.yrd.academy.certification.internal.CertificationTestBed.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Map;

import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.certification.BitstringStatusList;
import cn.yrd.academy.certification.CertificateStatus;
import cn.yrd.academy.certification.CredentialVerifier;
import cn.yrd.academy.certification.OpenBadgesSchema;
import cn.yrd.academy.certification.Verdict;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.AccountAdministration;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.learning.LabSubmissionGraded;
import cn.yrd.academy.learning.internal.LabSubmission;
import cn.yrd.academy.learning.internal.LabSubmissions;
import cn.yrd.academy.notification.internal.NotificationCenter;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestInbox;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The credential of an awarded certificate and what issuers decide about it: an Open Badges 3.0 credential that
 * verifies with the published key, revocation through the status list, key rotation, and approval.
 */
@IntegrationTest
class CertificateDecisionsIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private CertificateAwards awards;

	@Autowired
	private CertificateDecisions decisions;

	@Autowired
	private CertificateRepository certificates;

	@Autowired
	private CredentialService credentials;

	@Autowired
	private CredentialVerifier verifier;

	@Autowired
	private OpenBadgesSchema schema;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private NotificationCenter notificationCenter;

	@Autowired
	private ApplicationEventPublisher publisher;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private Registrations registrations;

	@Autowired
	private OrganizationRepository organizations;

	@Autowired
	private AccountAdministration administration;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private Enrollments enrollments;

	@Autowired
	private LabSubmissions submissions;

	@Autowired
	private Definitions definitions;

	@Autowired
	private JdbcTemplate jdbc;

	private CertificationTestBed bed;

	@AfterEach
	void retireDefinitions() {
		bed.retireDefinitions();
	}

	@BeforeEach
	void setUp() {
		bed = new CertificationTestBed(registrations, organizations, administration, users, enrollments, submissions,
				definitions, jdbc);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theCredentialIsAnOpenBadgeThatVerifiesWithThePublishedKey() throws Exception {
		CertificationDefinition definition = bed.define(uniqueCode("T-OB"), 36, false, Requirement.lab(COURSE, LATCH, 60));
		AcademyUser student = bed.student();
		LabSubmission submission = bed.pass(student, LATCH);
		Certificate certificate = only(definition, student);

		SignedJWT jwt = SignedJWT.parse(certificate.getJwt());
		JsonNode vc = JSON.valueToTree((Map<String, Object>) jwt.getJWTClaimsSet().getClaim("vc"));
		assertThat(schema.problems(vc)).isEmpty();
		assertThat(verifier.verify(certificate.getJwt()).verdict()).isEqualTo(Verdict.Outcome.VALID);
		assertThat(jwt.getHeader().getKeyID()).isEqualTo(certificate.getKid());
		assertThat(jwt.verify(new ECDSAVerifier((ECKey) publishedKeys().getKeyByKeyId(certificate.getKid())))).isTrue();

		assertThat(vc.path("evidence")).singleElement().satisfies(evidence -> {
			assertThat(evidence.path("id").asString()).endsWith("#evidence-" + submission.getId());
			assertThat(evidence.path("narrative").asString()).contains(COURSE, LATCH, "100%");
		});
		assertThat(vc.path("credentialSubject").path("achievement").path("alignment"))
			.extracting(alignment -> alignment.path("targetCode").asString())
			.containsExactly("plc-programming", "ladder-logic");
		assertThat(vc.toString()).doesNotContain(student.getUsername(), student.displayName());
	}

	@Test
	void revocationFlipsTheStatusListBitAndTheOldEvidenceIssuesNothingNew() throws Exception {
		CertificationDefinition definition = bed.define(uniqueCode("T-REVOKE"), 36, false,
				Requirement.lab(COURSE, LATCH, 60));
		AcademyUser student = bed.student();
		LabSubmission submission = bed.pass(student, LATCH);
		Certificate certificate = only(definition, student);
		assertThat(revokedInPublishedList(certificate.getStatusIndex())).isFalse();

		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
				() -> decisions.revoke(certificate.getNumber(), bed.user("labadmin1"), "不属于本机构"));
		assertThat(only(definition, student).getStatus()).isEqualTo(CertificateStatus.ISSUED);
		assertThat(revokedInPublishedList(certificate.getStatusIndex())).isFalse();
		assertThatExceptionOfType(CertificateRefused.class)
			.isThrownBy(() -> decisions.revoke(certificate.getNumber(), bed.labAdmin(ISSUER), " "))
			.satisfies(e -> assertThat(e.messageKey()).isEqualTo("certificate.refused.reason"));

		decisions.revoke(certificate.getNumber(), bed.labAdmin(ISSUER), "实训报告抄袭");

		Certificate revoked = only(definition, student);
		assertThat(revoked.getStatus()).isEqualTo(CertificateStatus.REVOKED);
		assertThat(revoked.isLive()).isFalse();
		assertThat(revokedInPublishedList(certificate.getStatusIndex())).isTrue();
		assertThat(verifier.verify(certificate.getJwt()).verdict()).isEqualTo(Verdict.Outcome.REVOKED);
		assertThat(new TestInbox(notificationCenter).kinds(student.id())).contains("certificate-revoked");

		assertThat(awards.evaluate(student.id())).noneMatch(c -> c.getDefinition().getId().equals(definition.getId()));
		transactions.executeWithoutResult(status -> publisher.publishEvent(new LabSubmissionGraded(submission.getId(),
				student.id(), COURSE, LATCH, submission.getScore(), true, submission.getGradedAt())));
		assertThat(certificates.findByDefinitionIdAndUserIdOrderByRequestedAtDesc(definition.getId(), student.id()))
			.hasSize(1);
	}

	@Test
	void afterAKeyRotationOldCertificatesStillVerifyAndNewOnesUseTheNewKey() throws Exception {
		CertificationDefinition definition = bed.define(uniqueCode("T-ROTATE"), 36, false,
				Requirement.lab(COURSE, LATCH, 60));
		AcademyUser first = bed.student();
		bed.pass(first, LATCH);
		Certificate before = only(definition, first);

		String newKid = credentials.rotateKey(ISSUER);
		AcademyUser second = bed.student();
		bed.pass(second, LATCH);
		Certificate after = only(definition, second);

		assertThat(after.getKid()).isEqualTo(newKid).isNotEqualTo(before.getKid());
		assertThat(SignedJWT.parse(after.getJwt()).getHeader().getKeyID()).isEqualTo(newKid);
		assertThat(verifier.verify(before.getJwt()).verdict()).isEqualTo(Verdict.Outcome.VALID);
		assertThat(verifier.verify(after.getJwt()).verdict()).isEqualTo(Verdict.Outcome.VALID);
		JWKSet keys = publishedKeys();
		assertThat(SignedJWT.parse(before.getJwt())
			.verify(new ECDSAVerifier((ECKey) keys.getKeyByKeyId(before.getKid())))).isTrue();
		assertThat(SignedJWT.parse(after.getJwt()).verify(new ECDSAVerifier((ECKey) keys.getKeyByKeyId(newKid))))
			.isTrue();
	}

	@Test
	void anApprovalRequiredCertificateWaitsForTheIssuersLabAdmins() {
		CertificationDefinition definition = bed.define(uniqueCode("T-APPROVE"), 36, true,
				Requirement.lab(COURSE, LATCH, 60));
		AcademyUser admin = bed.labAdmin(ISSUER);
		AcademyUser student = bed.student();
		bed.pass(student, LATCH);

		Certificate pending = only(definition, student);
		assertThat(pending.getStatus()).isEqualTo(CertificateStatus.PENDING);
		assertThat(pending.getJwt()).isNull();
		assertThat(new TestInbox(notificationCenter).kinds(student.id())).contains("certificate-pending");
		assertThat(new TestInbox(notificationCenter).kinds(admin.id())).contains("certificate-approval");
		assertThat(new TestInbox(notificationCenter).kinds(bed.user("labadmin1").id()))
			.doesNotContain("certificate-approval");

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> decisions.approve(pending.getNumber(), student));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> decisions.approve(pending.getNumber(), bed.user("labadmin1")));
		assertThatExceptionOfType(CertificateRefused.class)
			.isThrownBy(() -> decisions.reject(pending.getNumber(), admin, ""))
			.satisfies(e -> assertThat(e.messageKey()).isEqualTo("certificate.refused.reason"));
		assertThat(only(definition, student).getStatus()).isEqualTo(CertificateStatus.PENDING);

		decisions.approve(pending.getNumber(), admin);

		Certificate issued = only(definition, student);
		assertThat(issued.getStatus()).isEqualTo(CertificateStatus.ISSUED);
		assertThat(issued.getDecidedBy()).isEqualTo(admin.getUsername());
		assertThat(verifier.verify(issued.getJwt()).verdict()).isEqualTo(Verdict.Outcome.VALID);
		assertThat(new TestInbox(notificationCenter).kinds(student.id())).contains("certificate-issued");
		assertThatExceptionOfType(CertificateRefused.class)
			.isThrownBy(() -> decisions.reject(pending.getNumber(), admin, "迟到的拒绝"))
			.satisfies(e -> assertThat(e.messageKey()).isEqualTo("certificate.refused.notPending"));
	}

	@Test
	void aRejectedCertificateIsNoLongerLiveAndNoOneDecidesOnTheirOwn() {
		CertificationDefinition definition = bed.define(uniqueCode("T-REJECT"), 36, true,
				Requirement.lab(COURSE, LATCH, 60));
		AcademyUser admin = bed.labAdmin(ISSUER);
		AcademyUser student = bed.student();
		bed.pass(student, LATCH);
		Certificate pending = only(definition, student);

		decisions.reject(pending.getNumber(), admin, "实训记录不完整");

		Certificate rejected = only(definition, student);
		assertThat(rejected.getStatus()).isEqualTo(CertificateStatus.REJECTED);
		assertThat(rejected.isLive()).isFalse();
		assertThat(rejected.getDecisionNote()).isEqualTo("实训记录不完整");
		assertThat(new TestInbox(notificationCenter).kinds(student.id())).contains("certificate-rejected");
		assertThat(awards.evaluate(student.id())).as("the rejected evidence does not apply again")
			.noneMatch(c -> c.getDefinition().getId().equals(definition.getId()));

		AcademyUser adminAsStudent = bed.labAdmin(ISSUER);
		enrollments.enroll(COURSE, adminAsStudent).orElseThrow();
		bed.pass(adminAsStudent, LATCH);
		Certificate own = only(definition, adminAsStudent);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> decisions.approve(own.getNumber(), adminAsStudent));
		assertThat(only(definition, adminAsStudent).getStatus()).isEqualTo(CertificateStatus.PENDING);
	}

	private Certificate only(CertificationDefinition definition, AcademyUser student) {
		List<Certificate> found = certificates.findByDefinitionIdAndUserIdOrderByRequestedAtDesc(definition.getId(),
				student.id());
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private JWKSet publishedKeys() throws Exception {
		return JWKSet.parse(mvc.get().uri("/issuers/" + ISSUER + "/jwks.json").exchange().getResponse()
			.getContentAsString());
	}

	@SuppressWarnings("unchecked")
	private boolean revokedInPublishedList(int index) throws Exception {
		MvcTestResult result = mvc.get().uri("/issuers/" + ISSUER + "/status/1").exchange();
		assertThat(result).hasStatusOk();
		SignedJWT list = SignedJWT.parse(result.getResponse().getContentAsString());
		assertThat(list.verify(new ECDSAVerifier((ECKey) publishedKeys().getKeyByKeyId(list.getHeader().getKeyID()))))
			.isTrue();
		Map<String, Object> subject = (Map<String, Object>) ((Map<String, Object>) list.getJWTClaimsSet()
			.getClaim("vc")).get("credentialSubject");
		return BitstringStatusList.decode((String) subject.get("encodedList")).isSet(index);
	}

}
