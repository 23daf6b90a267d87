package cn.yrd.academy.talent.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.yrd.academy.certification.CertificationCatalog;
import cn.yrd.academy.certification.CertificationCatalog.Certification;
import cn.yrd.academy.shared.skills.Skill;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import cn.yrd.academy.shared.text.Bilingual;
import org.springframework.stereotype.Component;

/** Names the demand and shortlist pages show for codes: skills from the taxonomy, certifications by definition. */
@Component
class TalentTexts {

	private final SkillTaxonomy skills;

	private final CertificationCatalog catalog;

	TalentTexts(SkillTaxonomy skills, CertificationCatalog catalog) {
		this.skills = skills;
		this.catalog = catalog;
	}

	/** Skill code → name, in taxonomy order. */
	Map<String, Bilingual> skillNames() {
		Map<String, Bilingual> names = new LinkedHashMap<>();
		for (Skill skill : skills.all()) {
			names.put(skill.code(), skill.name());
		}
		return names;
	}

	Map<String, Bilingual> certificationNames() {
		Map<String, Bilingual> names = new LinkedHashMap<>();
		for (Certification certification : catalog.all()) {
			names.put(certification.code(), certification.name());
		}
		return names;
	}

	List<Certification> activeCertifications() {
		return catalog.active();
	}

}
