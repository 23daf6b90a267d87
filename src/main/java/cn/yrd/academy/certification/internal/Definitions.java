package cn.yrd.academy.certification.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import cn.yrd.academy.catalog.CourseProgress;
import cn.yrd.academy.catalog.LabExercises;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.AuditEventType;
import cn.yrd.academy.identity.AuditLog;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cluster admins define certifications. What a definition names must exist: the issuing organization, the skills
 * in the taxonomy, the courses (published) and their lab exercises.
 */
@Service
@Transactional
public class Definitions {

	public static final String CODE_PATTERN = "[A-Z][A-Z0-9-]{1,39}";

	private static final int MAX_VALIDITY_MONTHS = 120;

	private final DefinitionRepository definitions;

	private final Organizations organizations;

	private final SkillTaxonomy skills;

	private final CourseProgress courses;

	private final LabExercises labs;

	private final AuditLog auditLog;

	private final Clock clock;

	Definitions(DefinitionRepository definitions, Organizations organizations, SkillTaxonomy skills,
			CourseProgress courses, LabExercises labs, AuditLog auditLog, Clock clock) {
		this.definitions = definitions;
		this.organizations = organizations;
		this.skills = skills;
		this.courses = courses;
		this.labs = labs;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<CertificationDefinition> all() {
		return definitions.findAllByOrderByCode();
	}

	@Transactional(readOnly = true)
	public List<CertificationDefinition> active() {
		return definitions.findByActiveTrueOrderByCode();
	}

	@Transactional(readOnly = true)
	public Optional<CertificationDefinition> find(String code) {
		return definitions.findByCode(code);
	}

	/**
	 * Creates the definition or updates the one with this code.
	 *
	 * @throws CertificateRefused when something it names does not exist or a value is out of range
	 */
	public CertificationDefinition save(String code, CertificationDefinition.Content content, AcademyUser admin) {
		if (!admin.hasRole(Role.CLUSTER_ADMIN)) {
			throw new AccessDeniedException("Only cluster admins define certifications");
		}
		if (code == null || !code.matches(CODE_PATTERN)) {
			throw new CertificateRefused("certification.refused.code");
		}
		check(content);
		CertificationDefinition definition = definitions.findByCode(code)
			.orElseGet(() -> new CertificationDefinition(code, clock.instant()));
		definition.update(content, clock.instant());
		definitions.save(definition);
		auditLog.record(AuditEventType.CERTIFICATION_DEFINITION_SAVED, admin.getUsername(), "certification:" + code,
				content.level() + ", issuer " + content.issuerCode() + ", " + content.requirements().size()
						+ " requirements" + (content.active() ? "" : ", inactive"));
		return definition;
	}

	private void check(CertificationDefinition.Content content) {
		if (content.name() == null || content.name().zh().isBlank() || content.name().en().isBlank()) {
			throw new CertificateRefused("certification.refused.name");
		}
		if (content.level() == null) {
			throw new CertificateRefused("certification.refused.level");
		}
		Integer months = content.validityMonths();
		if (months != null && (months < 1 || months > MAX_VALIDITY_MONTHS)) {
			throw new CertificateRefused("certification.refused.validity", MAX_VALIDITY_MONTHS);
		}
		if (organizations.findByCode(content.issuerCode() == null ? "" : content.issuerCode()).isEmpty()) {
			throw new CertificateRefused("certification.refused.issuer", content.issuerCode());
		}
		for (String skill : content.skills()) {
			if (!skills.exists(skill)) {
				throw new CertificateRefused("certification.refused.skill", skill);
			}
		}
		if (content.requirements().isEmpty()) {
			throw new CertificateRefused("certification.refused.noRequirements");
		}
		for (Requirement requirement : content.requirements()) {
			if (courses.outline(requirement.getCourseCode()).isEmpty()) {
				throw new CertificateRefused("certification.refused.course", requirement.getCourseCode());
			}
			if (requirement.getKind() == Requirement.Kind.LAB
					&& labs.rubric(requirement.getCourseCode(), requirement.getLabSlug()).isEmpty()) {
				throw new CertificateRefused("certification.refused.lab", requirement.getCourseCode(),
						requirement.getLabSlug());
			}
		}
	}

}
