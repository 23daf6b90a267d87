package cn.yrd.academy.talent.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.yrd.academy.catalog.CourseProgress;
import cn.yrd.academy.certification.CertificateLevel;
import cn.yrd.academy.certification.CertificationCatalog;
import cn.yrd.academy.certification.CertificationCatalog.Certification;
import cn.yrd.academy.shared.text.Bilingual;
import org.springframework.stereotype.Component;

/**
 * Explains a card against a demand from what the card shows, i.e. from shared fields only: its certificate lines
 * (with the skills their definitions certify) and lab lines (with the skills their courses teach).
 */
@Component
class MatchExplainer {

	private final CertificationCatalog catalog;

	private final CourseProgress courses;

	MatchExplainer(CertificationCatalog catalog, CourseProgress courses) {
		this.catalog = catalog;
		this.courses = courses;
	}

	/** Explains many cards at once; definitions and course skills are read once per call. */
	List<DemandMatch> explain(TalentDemand demand, List<TalentCard> cards) {
		Map<String, Certification> definitions = new HashMap<>();
		catalog.all().forEach(c -> definitions.put(c.code(), c));
		Map<String, List<String>> courseSkills = new HashMap<>();
		return cards.stream().map(card -> {
			List<CertLine> held = card.getCertificateLines().stream().map(CertLine::parse).toList();
			List<LabLine> labs = card.getLabLines().stream().map(LabLine::parse).toList();
			List<DemandMatch.SkillEvidence> skills = demand.getSkills().stream()
				.map(required -> evidence(required, held, labs, card.getDeclaredSkillList(), definitions,
						courseSkills))
				.toList();
			List<DemandMatch.HeldCertification> certifications = demand.getCertifications().stream()
				.map(code -> new DemandMatch.HeldCertification(code,
						Optional.ofNullable(definitions.get(code)).map(Certification::name).orElse(new Bilingual(code, code)),
						held.stream().filter(line -> line.code().equals(code)).map(CertLine::number).findFirst()
							.orElse(null)))
				.toList();
			return new DemandMatch(card, skills, certifications);
		}).toList();
	}

	private DemandMatch.SkillEvidence evidence(RequiredSkill required, List<CertLine> held, List<LabLine> labs,
			List<String> declared, Map<String, Certification> definitions, Map<String, List<String>> courseSkills) {
		String skill = required.getSkillCode();
		Optional<CertLine> certificate = held.stream()
			.filter(line -> definitions.containsKey(line.code()) && definitions.get(line.code()).skills().contains(skill))
			.max(Comparator.comparingInt(CertLine::level));
		Optional<LabLine> lab = labs.stream()
			.filter(line -> courseSkills.computeIfAbsent(line.course(), courses::skillsOf).contains(skill))
			.max(Comparator.comparingInt(LabLine::percent));
		if (certificate.isPresent() && certificate.get().level() >= required.getMinLevel()) {
			return certificateEvidence(required, DemandMatch.Kind.CERTIFICATE, certificate.get());
		}
		if (lab.isPresent() && required.getMinLevel() <= 1) {
			return labEvidence(required, DemandMatch.Kind.LAB, lab.get());
		}
		if (certificate.isPresent()) {
			return certificateEvidence(required, DemandMatch.Kind.BELOW_LEVEL, certificate.get());
		}
		if (lab.isPresent()) {
			return labEvidence(required, DemandMatch.Kind.BELOW_LEVEL, lab.get());
		}
		return DemandMatch.SkillEvidence.none(required,
				declared.contains(skill) ? DemandMatch.Kind.DECLARED : DemandMatch.Kind.MISSING);
	}

	private static DemandMatch.SkillEvidence certificateEvidence(RequiredSkill required, DemandMatch.Kind kind,
			CertLine line) {
		return new DemandMatch.SkillEvidence(required, kind, line.name(), line.number(), line.level(), null, null);
	}

	private static DemandMatch.SkillEvidence labEvidence(RequiredSkill required, DemandMatch.Kind kind, LabLine line) {
		return new DemandMatch.SkillEvidence(required, kind, null, null, 1, line.title(), line.percent());
	}

	/** A card's certificate line {@code code|level|name zh|name en|number}; level 1–3. */
	private record CertLine(String code, int level, Bilingual name, String number) {

		static CertLine parse(String line) {
			String[] parts = line.split("\\|", -1);
			return new CertLine(parts[0], CertificateLevel.valueOf(parts[1]).ordinal() + 1,
					new Bilingual(parts[2], parts[3]), parts[4]);
		}

	}

	/** A card's lab line {@code course|lab|title zh|title en|score %|graded day}. */
	private record LabLine(String course, Bilingual title, int percent) {

		static LabLine parse(String line) {
			String[] parts = line.split("\\|", -1);
			return new LabLine(parts[0], new Bilingual(parts[2], parts[3]), Integer.parseInt(parts[4]));
		}

	}

}
