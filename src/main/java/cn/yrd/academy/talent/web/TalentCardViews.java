package cn.yrd.academy.talent.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.yrd.academy.shared.skills.Skill;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.talent.internal.TalentCard;
import cn.yrd.academy.talent.web.TalentCardView.CertificateLine;
import cn.yrd.academy.talent.web.TalentCardView.DeclaredSkill;
import cn.yrd.academy.talent.web.TalentCardView.EvidenceSkill;
import cn.yrd.academy.talent.web.TalentCardView.LabLine;
import org.springframework.stereotype.Component;

/** Turns the stored lines of a {@link TalentCard} into what the pages show, skill names from the taxonomy. */
@Component
class TalentCardViews {

	private final SkillTaxonomy skills;

	TalentCardViews(SkillTaxonomy skills) {
		this.skills = skills;
	}

	TalentCardView of(TalentCard card) {
		List<EvidenceSkill> evidence = new ArrayList<>();
		for (String pair : card.getSkillLevelPairs()) {
			int colon = pair.lastIndexOf(':');
			if (colon > 0) {
				String code = pair.substring(0, colon);
				evidence.add(new EvidenceSkill(code, name(code), parseInt(pair.substring(colon + 1))));
			}
		}
		evidence.sort((a, b) -> Integer.compare(b.level(), a.level()));
		Set<String> proven = evidence.stream().map(EvidenceSkill::code).collect(Collectors.toSet());
		List<DeclaredSkill> declared = card.getDeclaredSkillList().stream()
			.filter(code -> !proven.contains(code))
			.map(code -> new DeclaredSkill(code, name(code)))
			.toList();
		return new TalentCardView(card.getPublicId(), card.getDisplayName(), card.getOrganizationName(),
				card.getOrganizationType(), card.getProvince(), card.getCity(), certificates(card), labs(card), evidence,
				declared, card.getAbout(), card.getGraduation(), card.getOpenToInternship(), card.getJobPreferences());
	}

	Bilingual name(String code) {
		return skills.find(code).map(Skill::name).orElse(new Bilingual(code, code));
	}

	private static List<CertificateLine> certificates(TalentCard card) {
		return card.getCertificateLines().stream()
			.map(line -> line.split("\\|", -1))
			.filter(parts -> parts.length >= 5)
			.map(parts -> new CertificateLine(parts[0], parts[1], new Bilingual(parts[2], parts[3]), parts[4]))
			.toList();
	}

	private static List<LabLine> labs(TalentCard card) {
		return card.getLabLines().stream()
			.map(line -> line.split("\\|", -1))
			.filter(parts -> parts.length >= 6)
			.map(parts -> new LabLine(parts[0], parts[1], new Bilingual(parts[2], parts[3]), parseInt(parts[4]),
					parts[5]))
			.sorted((a, b) -> Integer.compare(b.percent(), a.percent()))
			.toList();
	}

	private static int parseInt(String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

}
