package cn.yrd.academy.certification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.yrd.academy.certification.CertificateLevel;
import cn.yrd.academy.certification.CertificateStatus;
import cn.yrd.academy.certification.CredentialVerifier;
import cn.yrd.academy.certification.Verdict;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo: certifications for the sample courses, and student1 holding the PLC certificate from graded labs. */
@IntegrationTest
class DemoCertificationsIntegrationTests {

	private static final List<String> DEMO_CODES = List.of("PLC-PROG-BEG", "ROBOT-WELD-INT", "ICS-SEC-ADV",
			"IIOT-EDGE-INT");

	@Autowired
	private DemoCertifications demo;

	@Autowired
	private Definitions definitions;

	@Autowired
	private Certificates certificates;

	@Autowired
	private CredentialVerifier verifier;

	@Autowired
	private UserDetailsService users;

	@Test
	void theSampleCoursesHaveCertificationsAndStudent1HoldsThePlcCertificate() {
		assertThat(definitions.all()).extracting(CertificationDefinition::getCode)
			.contains("PLC-PROG-BEG", "ROBOT-WELD-INT", "ICS-SEC-ADV", "IIOT-EDGE-INT");
		CertificationDefinition plc = definitions.find("PLC-PROG-BEG").orElseThrow();
		assertThat(plc.getLevel()).isEqualTo(CertificateLevel.BEGINNER);
		assertThat(plc.getIssuerCode()).isEqualTo("TONGJI");
		assertThat(definitions.find("ROBOT-WELD-INT").orElseThrow().isApprovalRequired()).isTrue();

		AcademyUser student = (AcademyUser) users.loadUserByUsername("student1");
		List<Certificate> plcCertificates = certificates.mine(student.id()).stream()
			.filter(c -> c.getDefinition().getCode().equals("PLC-PROG-BEG"))
			.toList();
		assertThat(plcCertificates).singleElement().satisfies(certificate -> {
			assertThat(certificate.getStatus()).isEqualTo(CertificateStatus.ISSUED);
			assertThat(certificate.getEvidence()).hasSize(2);
			assertThat(verifier.verify(certificate.getJwt()).verdict()).isEqualTo(Verdict.Outcome.VALID);
		});
	}

	@Test
	void runningTheDemoAgainChangesNothing() throws Exception {
		AcademyUser student = (AcademyUser) users.loadUserByUsername("student1");
		List<String> before = demoCertificates(student);
		int definitionsBefore = definitions.all().size();

		demo.run(new DefaultApplicationArguments());

		assertThat(demoCertificates(student)).isEqualTo(before);
		assertThat(definitions.all()).hasSize(definitionsBefore);
	}

	private List<String> demoCertificates(AcademyUser student) {
		return certificates.mine(student.id()).stream()
			.filter(c -> DEMO_CODES.contains(c.getDefinition().getCode()))
			.map(Certificate::getNumber)
			.toList();
	}

}
