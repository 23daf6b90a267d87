package cn.yrd.academy.talent.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.yrd.academy.shared.validation.SafeText;
import cn.yrd.academy.talent.internal.RequiredSkill;
import cn.yrd.academy.talent.internal.TalentDemand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The demand form: formats here, what the fields name (skills, certifications, provinces) and the rules between
 * them by {@link cn.yrd.academy.talent.internal.TalentDemands}. A mutable bean because skill rows bind by index.
 */
class DemandForm {

	static final int ROWS = 5;

	@NotBlank
	@Size(max = 120)
	@SafeText
	private String title;

	@Size(max = 2000)
	@SafeText
	private String description;

	@NotNull
	@Min(1)
	@Max(10000)
	private Integer headcount = 1;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodTo;

	private List<String> provinces = new ArrayList<>();

	private List<String> certifications = new ArrayList<>();

	private List<SkillRow> skills = new ArrayList<>();

	DemandForm() {
		fillRows();
	}

	static DemandForm of(TalentDemand demand) {
		DemandForm form = new DemandForm();
		TalentDemand.Content content = demand.content();
		form.title = content.title();
		form.description = content.description();
		form.headcount = content.headcount();
		form.periodFrom = content.periodFrom();
		form.periodTo = content.periodTo();
		form.provinces = new ArrayList<>(content.provinces());
		form.certifications = new ArrayList<>(content.certifications());
		form.skills = new ArrayList<>(content.skills().stream()
			.map(s -> new SkillRow(s.getSkillCode(), s.getMinLevel()))
			.toList());
		form.fillRows();
		return form;
	}

	/** Pads the skill rows so the form always offers {@link #ROWS} of them, or one more than filled. */
	void fillRows() {
		while (skills.size() < ROWS) {
			skills.add(new SkillRow());
		}
	}

	TalentDemand.Content content() {
		List<RequiredSkill> required = skills.stream()
			.filter(row -> row.getSkillCode() != null && !row.getSkillCode().isBlank())
			.map(row -> new RequiredSkill(row.getSkillCode().strip(), row.getMinLevel() == null ? 1 : row.getMinLevel()))
			.toList();
		return new TalentDemand.Content(title, description, required,
				certifications == null ? List.of() : certifications.stream().filter(c -> !c.isBlank()).toList(),
				provinces == null ? List.of() : provinces.stream().filter(p -> !p.isBlank()).toList(),
				headcount == null ? 0 : headcount, periodFrom, periodTo);
	}

	/** One required skill and its minimum level (1–3). */
	public static class SkillRow {

		private String skillCode;

		private Integer minLevel = 1;

		public SkillRow() {
		}

		SkillRow(String skillCode, Integer minLevel) {
			this.skillCode = skillCode;
			this.minLevel = minLevel;
		}

		public String getSkillCode() {
			return skillCode;
		}

		public void setSkillCode(String skillCode) {
			this.skillCode = skillCode;
		}

		public Integer getMinLevel() {
			return minLevel;
		}

		public void setMinLevel(Integer minLevel) {
			this.minLevel = minLevel;
		}

	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Integer getHeadcount() {
		return headcount;
	}

	public void setHeadcount(Integer headcount) {
		this.headcount = headcount;
	}

	public LocalDate getPeriodFrom() {
		return periodFrom;
	}

	public void setPeriodFrom(LocalDate periodFrom) {
		this.periodFrom = periodFrom;
	}

	public LocalDate getPeriodTo() {
		return periodTo;
	}

	public void setPeriodTo(LocalDate periodTo) {
		this.periodTo = periodTo;
	}

	public List<String> getProvinces() {
		return provinces;
	}

	public void setProvinces(List<String> provinces) {
		this.provinces = provinces;
	}

	public List<String> getCertifications() {
		return certifications;
	}

	public void setCertifications(List<String> certifications) {
		this.certifications = certifications;
	}

	public List<SkillRow> getSkills() {
		return skills;
	}

	public void setSkills(List<SkillRow> skills) {
		this.skills = skills;
	}

}
