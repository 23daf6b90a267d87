package cn.yrd.academy.talent.web;

import java.time.LocalDate;
import java.util.List;

import cn.yrd.academy.shared.text.Bilingual;

/**
 * A talent card ready for a page: its shared fields, certificate and lab lines parsed, skills split into
 * evidence-backed ones (with their level) and self-declared ones. Null or empty where the student shares nothing.
 */
record TalentCardView(String publicId, String displayName, String organizationName, String organizationType,
		String province, String city, List<CertificateLine> certificates, List<LabLine> labs,
		List<EvidenceSkill> evidenceSkills, List<DeclaredSkill> declaredSkills, String about, LocalDate graduation,
		Boolean openToInternship, String jobPreferences) {

	/** A valid certificate on the card; its live status is looked up separately on the profile page. */
	record CertificateLine(String code, String level, Bilingual name, String number) {
	}

	record LabLine(String course, String lab, Bilingual title, int percent, String day) {
	}

	/** A skill proven by a certificate or a passed lab; level 1 初级, 2 中级, 3 高级. */
	record EvidenceSkill(String code, Bilingual name, int level) {
	}

	record DeclaredSkill(String code, Bilingual name) {
	}

	public boolean hasLocation() {
		return province != null || city != null;
	}

	public boolean hasPreferences() {
		return graduation != null || openToInternship != null || (jobPreferences != null && !jobPreferences.isBlank());
	}

}
