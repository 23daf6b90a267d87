package cn.yrd.academy.certification.internal;

import static cn.yrd.academy.certification.internal.CertificationTestBed.COURSE;
import static cn.yrd.academy.certification.internal.CertificationTestBed.LATCH;
import static cn.yrd.academy.certification.internal.CertificationTestBed.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class DefinitionsIntegrationTests {

	@Autowired
	private Definitions definitions;

	@Autowired
	private UserDetailsService users;

	@Test
	void aValidDefinitionIsSavedAndUpdatedByItsCode() {
		String code = uniqueCode("T-DEF");

		definitions.save(code, CertificationTestBed.content(36, false, List.of(Requirement.lab(COURSE, LATCH, 70))), admin());
		definitions.save(code, CertificationTestBed.content(24, true, List.of(Requirement.course(COURSE, 60))), admin());

		CertificationDefinition saved = definitions.find(code).orElseThrow();
		assertThat(saved.getValidityMonths()).isEqualTo(24);
		assertThat(saved.isApprovalRequired()).isTrue();
		assertThat(definitions.active()).extracting(CertificationDefinition::getCode).contains(code);
	}

	@Test
	void whatADefinitionNamesMustExist() {
		refused(content(List.of(Requirement.course("NO-SUCH-COURSE", 60))), "certification.refused.course");
		refused(content(List.of(Requirement.lab(COURSE, "no-such-lab", 60))), "certification.refused.lab");
		refused(content(List.of()), "certification.refused.noRequirements");
		CertificationDefinition.Content good = content(List.of(Requirement.lab(COURSE, LATCH, 60)));
		refused(new CertificationDefinition.Content(good.name(), good.description(), good.level(), 12, good.issuerCode(),
				false, true, List.of("plc-programming", "no-such-skill"), good.requirements()), "certification.refused.skill");
		refused(new CertificationDefinition.Content(good.name(), good.description(), good.level(), 12, "NO-SUCH-ORG",
				false, true, good.skills(), good.requirements()), "certification.refused.issuer");
		refused(new CertificationDefinition.Content(good.name(), good.description(), good.level(), 121,
				good.issuerCode(), false, true, good.skills(), good.requirements()), "certification.refused.validity");
		refused(new CertificationDefinition.Content(new Bilingual("证书", " "), good.description(), good.level(), 12,
				good.issuerCode(), false, true, good.skills(), good.requirements()), "certification.refused.name");
		refused(new CertificationDefinition.Content(good.name(), good.description(), null, 12, good.issuerCode(), false,
				true, good.skills(), good.requirements()), "certification.refused.level");
	}

	@Test
	void aBadCodeIsRefused() {
		CertificationDefinition.Content good = content(List.of(Requirement.lab(COURSE, LATCH, 60)));
		for (String code : new String[] { null, "", "A", "plc-prog", "1PLC", "PLC PROG", "PLC_PROG", "PLC/../X",
				"PLC';DROP", "P" + "X".repeat(40) }) {
			assertThatExceptionOfType(CertificateRefused.class).as(String.valueOf(code))
				.isThrownBy(() -> definitions.save(code, good, admin()))
				.satisfies(e -> assertThat(e.messageKey()).isEqualTo("certification.refused.code"));
			if (code != null) {
				assertThat(definitions.find(code)).isEmpty();
			}
		}
	}

	@Test
	void onlyClusterAdminsDefineCertifications() {
		String code = uniqueCode("T-ROLE");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> definitions.save(code,
				content(List.of(Requirement.lab(COURSE, LATCH, 60))), user("labadmin1")));
		assertThat(definitions.find(code)).isEmpty();
	}

	private void refused(CertificationDefinition.Content content, String key) {
		String code = uniqueCode("T-BAD");
		assertThatExceptionOfType(CertificateRefused.class).as(key)
			.isThrownBy(() -> definitions.save(code, content, admin()))
			.satisfies(e -> assertThat(e.messageKey()).isEqualTo(key));
		assertThat(definitions.find(code)).as(key).isEmpty();
	}

	private static CertificationDefinition.Content content(List<Requirement> requirements) {
		return CertificationTestBed.content(12, false, requirements);
	}

	private AcademyUser admin() {
		return user("admin");
	}

	private AcademyUser user(String username) {
		return (AcademyUser) users.loadUserByUsername(username);
	}

}
