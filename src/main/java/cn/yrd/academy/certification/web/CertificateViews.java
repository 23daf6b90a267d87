package cn.yrd.academy.certification.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import cn.yrd.academy.catalog.CourseProgress;
import cn.yrd.academy.catalog.LabExercises;
import cn.yrd.academy.catalog.LabRubric;
import cn.yrd.academy.certification.internal.Certificate;
import cn.yrd.academy.certification.internal.CertificationDefinition;
import cn.yrd.academy.certification.internal.Evidence;
import cn.yrd.academy.certification.internal.Requirement;
import cn.yrd.academy.identity.OrganizationSummary;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.shared.skills.Skill;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.shared.time.ClockConfiguration;

/** Turns certificates and definitions into what the public pages show, with names looked up in other modules. */
@Component
class CertificateViews {

	private final LabExercises labs;

	private final SkillTaxonomy skills;

	private final Organizations organizations;

	private final CourseProgress courses;

	CertificateViews(LabExercises labs, SkillTaxonomy skills, Organizations organizations, CourseProgress courses) {
		this.courses = courses;
		this.labs = labs;
		this.skills = skills;
		this.organizations = organizations;
	}

	CertificateView of(Certificate certificate) {
		CertificationDefinition definition = certificate.getDefinition();
		return new CertificateView(certificate.getNumber(), certificate.getHolderName(), definition.getCode(),
				definition.name(), definition.getLevel(), definition.getIssuerCode(),
				issuerName(definition.getIssuerCode()), certificate.getStatus(), day(certificate.getIssuedAt()),
				day(certificate.getValidUntil()), certificate.getDecisionNote(), day(certificate.getRevokedAt()),
				skills(definition), certificate.getEvidence().stream().map(this::row).toList(), certificate.isShared());
	}

	Bilingual issuerName(String issuerCode) {
		return organizations.findByCode(issuerCode).map(OrganizationSummary::name)
			.orElse(new Bilingual(issuerCode, issuerCode));
	}

	List<Skill> skills(CertificationDefinition definition) {
		return definition.getSkills().stream().flatMap(code -> skills.find(code).stream()).toList();
	}

	Bilingual labTitle(String courseCode, String labSlug) {
		return labs.rubric(courseCode, labSlug).map(LabRubric::title)
			.orElse(new Bilingual(courseCode + "/" + labSlug, courseCode + "/" + labSlug));
	}

	Bilingual courseTitle(String courseCode) {
		return courses.outline(courseCode).map(CourseProgress.CourseOutline::title)
			.orElse(new Bilingual(courseCode, courseCode));
	}

	/** A requirement with the titles of its course and lab. */
	RequirementLine line(Requirement requirement) {
		String course = requirement.getCourseCode();
		Bilingual labTitle = requirement.getKind() == Requirement.Kind.LAB ? labTitle(course, requirement.getLabSlug())
				: null;
		return new RequirementLine(requirement.getKind().name(), course, courseTitle(course), labTitle,
				requirement.getMinScore());
	}

	/** Titles of labs by {@code <course>/<lab>}, for pages that list several. */
	Map<String, Bilingual> labTitles(Stream<String[]> courseAndLab) {
		Map<String, Bilingual> titles = new HashMap<>();
		courseAndLab.forEach(pair -> titles.computeIfAbsent(pair[0] + "/" + pair[1], key -> labTitle(pair[0], pair[1])));
		return titles;
	}

	/** One requirement, with the course's and the lab's titles ({@code labTitle} null for a course). */
	record RequirementLine(String kind, String courseCode, Bilingual courseTitle, Bilingual labTitle, int minScore) {
	}

	private CertificateView.EvidenceRow row(Evidence evidence) {
		return new CertificateView.EvidenceRow(evidence.getSubmissionId(),
				labTitle(evidence.getCourseCode(), evidence.getLabSlug()), evidence.getCourseCode(), evidence.getScore(),
				day(evidence.getGradedAt()));
	}

	static LocalDate day(Instant instant) {
		return instant == null ? null : LocalDate.ofInstant(instant, ClockConfiguration.CLUSTER_ZONE);
	}

}
