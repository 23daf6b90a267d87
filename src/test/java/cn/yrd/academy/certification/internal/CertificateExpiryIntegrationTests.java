package cn.yrd.academy.certification.internal;

import static cn.yrd.academy.certification.internal.CertificationTestBed.COURSE;
import static cn.yrd.academy.certification.internal.CertificationTestBed.LATCH;
import static cn.yrd.academy.certification.internal.CertificationTestBed.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.certification.CertificateStatus;
import cn.yrd.academy.certification.CredentialVerifier;
import cn.yrd.academy.certification.OpenBadgesSchema;
import cn.yrd.academy.certification.Verdict;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.AccountAdministration;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.learning.internal.LabSubmissions;
import cn.yrd.academy.notification.internal.NotificationCenter;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestInbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The {@code certificate-expiry} job. The application has no movable clock, so certificates are moved towards
 * their end in the database; the verifier is asked with a clock past the credential's own end.
 */
@IntegrationTest
class CertificateExpiryIntegrationTests {

	@Autowired
	private CertificateExpiry expiry;

	@Autowired
	private CertificateRepository certificates;

	@Autowired
	private IssuerKeyStore keys;

	@Autowired
	private StatusLists statusLists;

	@Autowired
	private OpenBadgesSchema schema;

	@Autowired
	private NotificationCenter notificationCenter;

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

	private CertificationDefinition definition;

	@AfterEach
	void retireDefinitions() {
		bed.retireDefinitions();
	}

	@BeforeEach
	void setUp() {
		bed = new CertificationTestBed(registrations, organizations, administration, users, enrollments, submissions,
				definitions, jdbc);
		definition = bed.define(uniqueCode("T-EXPIRY"), 12, false, Requirement.lab(COURSE, LATCH, 60));
	}

	@Test
	void holdersAreToldNinetyAndThirtyDaysAheadOnceEach() {
		AcademyUser student = certified();
		Certificate certificate = only(student);

		endsInDays(certificate, 60);
		expiry.sweep();
		expiry.sweep();
		assertThat(expiringNotices(student)).isEqualTo(1);

		endsInDays(certificate, 20);
		expiry.sweep();
		expiry.sweep();
		assertThat(expiringNotices(student)).isEqualTo(2);
		assertThat(only(student).getStatus()).isEqualTo(CertificateStatus.ISSUED);
	}

	@Test
	void aJobThatWasBehindSendsOnlyTheLatestNotice() {
		AcademyUser student = certified();

		endsInDays(only(student), 20);
		expiry.sweep();
		expiry.sweep();

		assertThat(expiringNotices(student)).isEqualTo(1);
	}

	@Test
	void aCertificatePastItsEndExpires() {
		AcademyUser student = certified();
		Certificate certificate = only(student);
		jdbc.update("UPDATE certificates SET valid_until = DATE_SUB(UTC_TIMESTAMP(6), INTERVAL 1 HOUR) WHERE id = ?",
				certificate.getId());

		assertThat(expiry.sweep()).isGreaterThanOrEqualTo(1);

		Certificate expired = only(student);
		assertThat(expired.getStatus()).isEqualTo(CertificateStatus.EXPIRED);
		assertThat(expired.isLive()).isFalse();
		assertThat(new TestInbox(notificationCenter).kinds(student.id())).contains("certificate-expired")
			.doesNotContain("certificate-expiring");
		CredentialVerifier later = new CredentialVerifier(keys, statusLists, schema,
				Clock.offset(Clock.systemUTC(), Duration.ofDays(400)));
		assertThat(later.verify(certificate.getJwt()).verdict()).isEqualTo(Verdict.Outcome.EXPIRED);
		assertThat(expiry.name()).isEqualTo("certificate-expiry");
	}

	private AcademyUser certified() {
		AcademyUser student = bed.student();
		bed.pass(student, LATCH);
		assertThat(only(student).getStatus()).isEqualTo(CertificateStatus.ISSUED);
		return student;
	}

	private void endsInDays(Certificate certificate, int days) {
		jdbc.update("UPDATE certificates SET valid_until = DATE_ADD(UTC_TIMESTAMP(6), INTERVAL ? DAY) WHERE id = ?",
				days, certificate.getId());
	}

	private long expiringNotices(AcademyUser student) {
		return new TestInbox(notificationCenter).kinds(student.id()).stream()
			.filter("certificate-expiring"::equals)
			.count();
	}

	private Certificate only(AcademyUser student) {
		return certificates.findByDefinitionIdAndUserIdOrderByRequestedAtDesc(definition.getId(), student.id()).get(0);
	}

}
