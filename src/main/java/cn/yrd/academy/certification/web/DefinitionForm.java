package cn.yrd.academy.certification.web;

import java.util.ArrayList;
import java.util.List;

import cn.yrd.academy.certification.CertificateLevel;
import cn.yrd.academy.certification.internal.CertificationDefinition;
import cn.yrd.academy.certification.internal.Requirement;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.shared.validation.SafeText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The definition form: field formats are checked here, what the fields name (issuer, skills, courses, labs) by
 * {@link cn.yrd.academy.certification.internal.Definitions}. A mutable bean because the requirement rows bind by
 * index.
 */
class DefinitionForm {

	static final int ROWS = 6;

	@NotBlank
	@Size(max = 40)
	private String code;

	@NotBlank
	@Size(max = 120)
	@SafeText
	private String nameZh;

	@NotBlank
	@Size(max = 160)
	@SafeText
	private String nameEn;

	@Size(max = 4000)
	@SafeText
	private String descriptionZh;

	@Size(max = 4000)
	@SafeText
	private String descriptionEn;

	@NotNull
	private CertificateLevel level;

	@Min(1)
	@Max(120)
	private Integer validityMonths;

	@NotBlank
	private String issuerCode;

	private boolean approvalRequired;

	private boolean active = true;

	private List<String> skills = new ArrayList<>();

	@Valid
	private List<Row> requirements = new ArrayList<>();

	DefinitionForm() {
		fillRows();
	}

	static DefinitionForm of(CertificationDefinition definition) {
		DefinitionForm form = new DefinitionForm();
		form.code = definition.getCode();
		form.nameZh = definition.name().zh();
		form.nameEn = definition.name().en();
		form.descriptionZh = definition.description().zh();
		form.descriptionEn = definition.description().en();
		form.level = definition.getLevel();
		form.validityMonths = definition.getValidityMonths();
		form.issuerCode = definition.getIssuerCode();
		form.approvalRequired = definition.isApprovalRequired();
		form.active = definition.isActive();
		form.skills = new ArrayList<>(definition.getSkills());
		form.requirements = new ArrayList<>(definition.getRequirements().stream().map(Row::of).toList());
		form.fillRows();
		return form;
	}

	/** Always {@link #ROWS} rows, so a definition can gain requirements without scripts. */
	final void fillRows() {
		while (requirements.size() < ROWS) {
			requirements.add(new Row());
		}
	}

	CertificationDefinition.Content content() {
		return new CertificationDefinition.Content(new Bilingual(nameZh.strip(), nameEn.strip()),
				new Bilingual(strip(descriptionZh), strip(descriptionEn)), level, validityMonths, issuerCode,
				approvalRequired, active, skills == null ? List.of() : List.copyOf(skills),
				requirements.stream().filter(row -> !row.isBlank()).map(Row::requirement).toList());
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

	/** One requirement row; a row without a kind is ignored. */
	static class Row {

		private Requirement.Kind kind;

		@Size(max = 40)
		@Pattern(regexp = "[A-Za-z0-9-]*", message = "{validation.code}")
		private String courseCode;

		@Size(max = 60)
		@Pattern(regexp = "[a-z0-9-]*", message = "{certification.form.labSlug}")
		private String labSlug;

		@Min(0)
		@Max(100)
		private Integer minScore;

		static Row of(Requirement requirement) {
			Row row = new Row();
			row.kind = requirement.getKind();
			row.courseCode = requirement.getCourseCode();
			row.labSlug = requirement.getLabSlug();
			row.minScore = requirement.getMinScore();
			return row;
		}

		boolean isBlank() {
			return kind == null;
		}

		Requirement requirement() {
			return kind == Requirement.Kind.LAB ? Requirement.lab(courseCode.strip(), strip(labSlug), minScore)
					: Requirement.course(courseCode.strip(), minScore);
		}

		public Requirement.Kind getKind() {
			return kind;
		}

		public void setKind(Requirement.Kind kind) {
			this.kind = kind;
		}

		public String getCourseCode() {
			return courseCode;
		}

		public void setCourseCode(String courseCode) {
			this.courseCode = courseCode;
		}

		public String getLabSlug() {
			return labSlug;
		}

		public void setLabSlug(String labSlug) {
			this.labSlug = labSlug;
		}

		public Integer getMinScore() {
			return minScore;
		}

		public void setMinScore(Integer minScore) {
			this.minScore = minScore;
		}

	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameZh() {
		return nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getDescriptionZh() {
		return descriptionZh;
	}

	public void setDescriptionZh(String descriptionZh) {
		this.descriptionZh = descriptionZh;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public CertificateLevel getLevel() {
		return level;
	}

	public void setLevel(CertificateLevel level) {
		this.level = level;
	}

	public Integer getValidityMonths() {
		return validityMonths;
	}

	public void setValidityMonths(Integer validityMonths) {
		this.validityMonths = validityMonths;
	}

	public String getIssuerCode() {
		return issuerCode;
	}

	public void setIssuerCode(String issuerCode) {
		this.issuerCode = issuerCode;
	}

	public boolean isApprovalRequired() {
		return approvalRequired;
	}

	public void setApprovalRequired(boolean approvalRequired) {
		this.approvalRequired = approvalRequired;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public List<String> getSkills() {
		return skills;
	}

	public void setSkills(List<String> skills) {
		this.skills = skills;
	}

	public List<Row> getRequirements() {
		return requirements;
	}

	public void setRequirements(List<Row> requirements) {
		this.requirements = requirements;
	}

}
