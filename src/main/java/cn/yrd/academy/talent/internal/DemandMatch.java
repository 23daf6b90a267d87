package cn.yrd.academy.talent.internal;

import java.util.List;

import cn.yrd.academy.shared.text.Bilingual;

/**
 * A profile ranked for a demand, with why: per required skill the evidence that meets it (or does not), per
 * required certification whether it is held. Self-declared skills are shown but never count as met.
 */
public record DemandMatch(TalentCard card, List<SkillEvidence> skills, List<HeldCertification> certifications) {

	/** How a required skill stands on the profile, best evidence first. */
	public enum Kind {
		/** A valid certificate covering the skill at the level or higher. */
		CERTIFICATE,
		/** A passed graded lab of a course teaching the skill; proves level 1. */
		LAB,
		/** Evidence exists, below the required level; does not count. */
		BELOW_LEVEL,
		/** Only the student says so; does not count. */
		DECLARED,
		/** Nothing. */
		MISSING;

		public boolean met() {
			return this == CERTIFICATE || this == LAB;
		}
	}

	/**
	 * A required skill and its best evidence: the certificate (name, number, level 1–3) or the lab (title, score
	 * in per cent), whichever the kind names; the others are null.
	 */
	public record SkillEvidence(RequiredSkill required, Kind kind, Bilingual certificate, String number, int level,
			Bilingual lab, Integer percent) {

		static SkillEvidence none(RequiredSkill required, Kind kind) {
			return new SkillEvidence(required, kind, null, null, 0, null, null);
		}

	}

	/** A required certification and the number of the valid certificate the student holds, or null. */
	public record HeldCertification(String code, Bilingual name, String number) {

		public boolean held() {
			return number != null;
		}

	}

	public int met() {
		return (int) (skills.stream().filter(s -> s.kind().met()).count()
				+ certifications.stream().filter(HeldCertification::held).count());
	}

	public int total() {
		return skills.size() + certifications.size();
	}

	/** The share of requirements met by evidence, in per cent. */
	public int percent() {
		return total() == 0 ? 0 : met() * 100 / total();
	}

}
