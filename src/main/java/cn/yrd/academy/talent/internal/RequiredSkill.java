package cn.yrd.academy.talent.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A skill a demand requires, at least at {@code minLevel} (1 初级, 2 中级, 3 高级). */
@Embeddable
public class RequiredSkill {

	@Column(name = "skill_code")
	private String skillCode;

	@Column(name = "min_level")
	private int minLevel;

	protected RequiredSkill() {
	}

	public RequiredSkill(String skillCode, int minLevel) {
		this.skillCode = skillCode;
		this.minLevel = minLevel;
	}

	public String getSkillCode() {
		return skillCode;
	}

	public int getMinLevel() {
		return minLevel;
	}

}
