package cn.yrd.academy.certification.internal;

import static cn.yrd.academy.certification.internal.CertificationTestBed.COURSE;
import static cn.yrd.academy.certification.internal.CertificationTestBed.LATCH;
import static cn.yrd.academy.certification.internal.CertificationTestBed.TRAFFIC;
import static cn.yrd.academy.certification.internal.CertificationTestBed.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.yrd.academy.catalog.internal.Enrollments;
import cn.yrd.academy.certification.CertificateStatus;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.internal.AccountAdministration;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.learning.LabSubmissionGraded;
import cn.yrd.academy.learning.internal.LabSubmission;
import cn.yrd.academy.learning.internal.LabSubmissions;
import cn.yrd.academy.notification.internal.NotificationCenter;
import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.support.IntegrationTest;
import cn.yrd.academy.support.TestInbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Certificates awarded by the real flow: lessons marked done in the catalog, labs graded in learning, the award
 * check after the grading commits. Each test defines its own certification, so tests do not see each other's.
 */
@IntegrationTest
class CertificateAwardsIntegrationTests {

	@Autowired
	private CertificateAwards awards;

	@Autowired
	private CertificateRepository certificates;

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

	@Autowired
	private CertificateAwardSweep sweep;

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
	void finishingTheCourseIssuesExactlyOneCertificateOnceTheGradingCommits() {
		CertificationDefinition definition = bed.define(uniqueCode("T-COURSE"), 24, false, Requirement.course(COURSE, 60));
		AcademyUser student = bed.student();
		bed.finishLessons(student);
		LabSubmission latch = bed.pass(student, LATCH);
		assertThat(of(definition, student)).as("one lab is still missing").isEmpty();

		LabSubmission traffic = bed.pass(student, TRAFFIC);

		assertThat(of(definition, student)).singleElement().satisfies(certificate -> {
			assertThat(certificate.getNumber()).matches("YRD-BEG-\\d{4}-\\d{6}");
			assertThat(CertificateNumbers.isWellFormed(certificate.getNumber())).isTrue();
			assertThat(certificate.getStatus()).isEqualTo(CertificateStatus.ISSUED);
			assertThat(certificate.isLive()).isTrue();
			assertThat(certificate.getJwt()).isNotBlank();
			assertThat(certificate.getEvidence()).extracting(Evidence::getSubmissionId)
				.containsExactly(latch.getId(), traffic.getId());
			assertThat(certificate.getEvidence()).extracting(Evidence::getScore).containsOnly(100);
			assertThat(certificate.getValidUntil()).isEqualTo(
					ZonedDateTime.ofInstant(certificate.getIssuedAt(), ClockConfiguration.CLUSTER_ZONE).plusMonths(24)
						.toInstant());
		});
		assertThat(new TestInbox(notificationCenter).kinds(student.id())).contains("certificate-issued");

		assertThat(awards.evaluate(student.id())).noneMatch(c -> c.getDefinition().getId().equals(definition.getId()));
		transactions.executeWithoutResult(status -> publisher.publishEvent(new LabSubmissionGraded(traffic.getId(),
				student.id(), COURSE, TRAFFIC, traffic.getScore(), true, traffic.getGradedAt())));
		assertThat(of(definition, student)).hasSize(1);
	}

	@Test
	void concurrentChecksIssueOneCertificate() throws Exception {
		AcademyUser student = bed.student();
		bed.pass(student, LATCH);
		CertificationDefinition definition = bed.define(uniqueCode("T-RACE"), 12, false,
				Requirement.lab(COURSE, LATCH, 80));
		assertThat(of(definition, student)).isEmpty();

		Callable<List<Certificate>> check = () -> awards.evaluate(student.id());
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Certificate> issued = new ArrayList<>();
		try {
			for (Future<List<Certificate>> future : pool.invokeAll(Collections.nCopies(4, check))) {
				issued.addAll(future.get());
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(issued).filteredOn(c -> c.getDefinition().getId().equals(definition.getId())).hasSize(1);
		assertThat(of(definition, student)).singleElement()
			.satisfies(c -> assertThat(c.getStatus()).isEqualTo(CertificateStatus.ISSUED));
	}

	@Test
	void theNightlySweepIssuesWhatAGradingDidNotAndNothingTwice() {
		AcademyUser student = bed.student();
		bed.pass(student, LATCH);
		// defined after the grading, so the grading's own check could not award it: a missed award
		CertificationDefinition definition = bed.define(uniqueCode("T-SWEEP"), 12, false,
				Requirement.lab(COURSE, LATCH, 60));
		assertThat(of(definition, student)).isEmpty();

		sweep.sweep();

		assertThat(of(definition, student)).singleElement()
			.satisfies(c -> assertThat(c.getStatus()).isEqualTo(CertificateStatus.ISSUED));
		sweep.sweep();
		assertThat(of(definition, student)).hasSize(1);
		assertThat(sweep.name()).isEqualTo("certificate-awards");
	}

	@Test
	void aLabBelowTheMinimumScoreIssuesNothing() {
		CertificationDefinition definition = bed.define(uniqueCode("T-MIN"), 12, false, Requirement.lab(COURSE, LATCH, 80));
		AcademyUser student = bed.student();

		bed.passWith(student, LATCH, List.of(25, 25, 15, 0, 0, 0));

		assertThat(of(definition, student)).isEmpty();
	}

	@Test
	void aCertificateInItsRenewalWindowIsRenewedByFreshlyGradedWork() {
		CertificationDefinition definition = bed.define(uniqueCode("T-RENEW"), 12, false, Requirement.lab(COURSE, LATCH, 60));
		AcademyUser student = bed.student();
		LabSubmission first = bed.pass(student, LATCH);
		Certificate old = of(definition, student).get(0);

		jdbc.update("UPDATE certificates SET valid_until = DATE_ADD(UTC_TIMESTAMP(6), INTERVAL 60 DAY) WHERE id = ?",
				old.getId());
		assertThat(awards.evaluate(student.id())).as("the old pass is no fresh work")
			.noneMatch(c -> c.getDefinition().getId().equals(definition.getId()));

		bed.gradedDaysAgo(first.getId(), 200);
		LabSubmission fresh = bed.pass(student, LATCH);

		List<Certificate> history = of(definition, student);
		assertThat(history).hasSize(2);
		Certificate renewal = history.get(0);
		assertThat(renewal.getNumber()).isNotEqualTo(old.getNumber());
		assertThat(renewal.getStatus()).isEqualTo(CertificateStatus.ISSUED);
		assertThat(renewal.isLive()).isTrue();
		assertThat(renewal.getEvidence()).extracting(Evidence::getSubmissionId).containsExactly(fresh.getId());
		assertThat(history.get(1).isLive()).isFalse();
		assertThat(history.get(1).getStatus()).as("the old one stays valid until it ends").isEqualTo(CertificateStatus.ISSUED);
		assertThat(new TestInbox(notificationCenter).kinds(student.id())).contains("certificate-renewed");
	}

	@Test
	void aLiveCertificateOutsideItsRenewalWindowIsNotRenewed() {
		CertificationDefinition definition = bed.define(uniqueCode("T-EARLY"), 24, false, Requirement.lab(COURSE, LATCH, 60));
		AcademyUser student = bed.student();
		LabSubmission first = bed.pass(student, LATCH);
		bed.gradedDaysAgo(first.getId(), 200);
		jdbc.update("UPDATE certificates SET requested_at = DATE_SUB(requested_at, INTERVAL 200 DAY) WHERE user_id = ?",
				student.id());

		bed.pass(student, LATCH);

		assertThat(of(definition, student)).hasSize(1);
	}

	private List<Certificate> of(CertificationDefinition definition, AcademyUser student) {
		return certificates.findByDefinitionIdAndUserIdOrderByRequestedAtDesc(definition.getId(), student.id());
	}

}
