package cn.yrd.academy.talent.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * What partner companies can find of an active profile: only the fields its student shared, already resolved to
 * names, levels and scores. A field the student did not share is empty here, so no search, facet or query syntax
 * can reach it. Rebuilt by {@link TalentCards} on every change of consent, certificates or graded labs.
 */
@Entity
@Table(name = "talent_cards")
@Indexed(index = "talent")
public class TalentCard {

	static final String ANALYZER = "chinese";

	@Id
	@Column(name = "profile_id")
	private Long profileId;

	@KeywordField(projectable = Projectable.YES)
	@Column(name = "public_id")
	private String publicId;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "organization_name")
	private String organizationName;

	@KeywordField(aggregable = Aggregable.YES)
	@Column(name = "organization_type")
	private String organizationType;

	@KeywordField(aggregable = Aggregable.YES)
	private String province;

	private String city;

	/** One line per certificate: {@code code|level|name zh|name en|number}. */
	private String certificates = "";

	@Column(name = "certificate_codes")
	private String certificateCodes = "";

	@Column(name = "certificate_levels")
	private String certificateLevels = "";

	@Column(name = "certified_skills")
	private String certifiedSkills = "";

	@Column(name = "lab_skills")
	private String labSkills = "";

	@Column(name = "declared_skills")
	private String declaredSkills = "";

	/** {@code skill:level} pairs, level 3/2/1 from certificates (高级/中级/初级), 1 from a passed lab alone. */
	@Column(name = "skill_levels")
	private String skillLevels = "";

	/** One line per passed lab: {@code course|lab|title zh|title en|score %|graded day}. */
	private String labs = "";

	private String about = "";

	@FullTextField(analyzer = ANALYZER)
	private String keywords = "";

	@GenericField
	private LocalDate graduation;

	@GenericField
	@Column(name = "open_to_internship")
	private Boolean openToInternship;

	@Column(name = "job_preferences")
	private String jobPreferences = "";

	@GenericField(aggregable = Aggregable.YES)
	@Column(name = "max_level")
	private int maxLevel;

	@GenericField(sortable = Sortable.YES)
	@Column(name = "evidence_score")
	private double evidenceScore;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected TalentCard() {
	}

	TalentCard(Long profileId, String publicId) {
		this.profileId = profileId;
		this.publicId = publicId;
	}

	/** Everything a card shows, as {@link TalentCards} assembled it from the shared fields only. */
	record Content(String displayName, String organizationName, String organizationType, String province, String city,
			List<String> certificates, List<String> certificateCodes, List<String> certificateLevels,
			List<String> certifiedSkills, List<String> labSkills, List<String> declaredSkills, List<String> skillLevels,
			List<String> labs, String about, String keywords, LocalDate graduation, Boolean openToInternship,
			String jobPreferences, int maxLevel, double evidenceScore) {
	}

	void show(Content content, Instant now) {
		displayName = content.displayName();
		organizationName = content.organizationName();
		organizationType = content.organizationType();
		province = content.province();
		city = content.city();
		certificates = String.join("\n", content.certificates());
		certificateCodes = String.join(",", content.certificateCodes());
		certificateLevels = String.join(",", content.certificateLevels());
		certifiedSkills = String.join(",", content.certifiedSkills());
		labSkills = String.join(",", content.labSkills());
		declaredSkills = String.join(",", content.declaredSkills());
		skillLevels = String.join(",", content.skillLevels());
		labs = String.join("\n", content.labs());
		about = content.about();
		keywords = content.keywords();
		graduation = content.graduation();
		openToInternship = content.openToInternship();
		jobPreferences = content.jobPreferences();
		maxLevel = content.maxLevel();
		evidenceScore = content.evidenceScore();
		updatedAt = now;
	}

	private static List<String> split(String csv, String separator) {
		return csv == null || csv.isEmpty() ? List.of() : List.of(csv.split(separator));
	}

	@KeywordField(name = "certificate", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "certificateCodes")),
			reindexOnUpdate = ReindexOnUpdate.DEFAULT)
	public List<String> getCertificateCodeList() {
		return split(certificateCodes, ",");
	}

	@KeywordField(name = "level", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "certificateLevels")),
			reindexOnUpdate = ReindexOnUpdate.DEFAULT)
	public List<String> getCertificateLevelList() {
		return split(certificateLevels, ",");
	}

	@KeywordField(name = "certifiedSkill", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "certifiedSkills")),
			reindexOnUpdate = ReindexOnUpdate.DEFAULT)
	public List<String> getCertifiedSkillList() {
		return split(certifiedSkills, ",");
	}

	@KeywordField(name = "labSkill")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "labSkills")),
			reindexOnUpdate = ReindexOnUpdate.DEFAULT)
	public List<String> getLabSkillList() {
		return split(labSkills, ",");
	}

	@KeywordField(name = "declaredSkill")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "declaredSkills")),
			reindexOnUpdate = ReindexOnUpdate.DEFAULT)
	public List<String> getDeclaredSkillList() {
		return split(declaredSkills, ",");
	}

	/** Evidence-backed skills (certificates or passed labs), for the skill facet. */
	@KeywordField(name = "skill", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "certifiedSkills")),
			@ObjectPath(@PropertyValue(propertyName = "labSkills")) }, reindexOnUpdate = ReindexOnUpdate.DEFAULT)
	public List<String> getEvidenceSkillList() {
		return Stream.concat(split(certifiedSkills, ",").stream(), split(labSkills, ",").stream())
			.distinct()
			.toList();
	}

	/** The names of the certificates and the titles of the passed labs: words backed by evidence. */
	@FullTextField(name = "evidenceText", analyzer = ANALYZER)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "certificates")),
			@ObjectPath(@PropertyValue(propertyName = "labs")) }, reindexOnUpdate = ReindexOnUpdate.DEFAULT)
	public String getEvidenceText() {
		return Stream.concat(split(certificates, "\n").stream(), split(labs, "\n").stream())
			.map(line -> line.split("\\|"))
			.filter(parts -> parts.length >= 4)
			.map(parts -> parts[2] + " " + parts[3])
			.collect(Collectors.joining("\n"));
	}

	/** {@code skill:level} for every evidence-backed skill level and below, so "at least level N" is one term. */
	@KeywordField(name = "skillAtLeast")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "skillLevels")),
			reindexOnUpdate = ReindexOnUpdate.DEFAULT)
	public List<String> getSkillAtLeastList() {
		return split(skillLevels, ",").stream().flatMap(pair -> {
			int colon = pair.lastIndexOf(':');
			String skill = pair.substring(0, colon);
			int level = Integer.parseInt(pair.substring(colon + 1));
			return IntStream.rangeClosed(1, level).mapToObj(n -> skill + ":" + n);
		}).toList();
	}

	public Long getProfileId() {
		return profileId;
	}

	public String getPublicId() {
		return publicId;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getOrganizationName() {
		return organizationName;
	}

	public String getOrganizationType() {
		return organizationType;
	}

	public String getProvince() {
		return province;
	}

	public String getCity() {
		return city;
	}

	public List<String> getCertificateLines() {
		return split(certificates, "\n");
	}

	public List<String> getLabLines() {
		return split(labs, "\n");
	}

	public List<String> getSkillLevelPairs() {
		return split(skillLevels, ",");
	}

	public String getAbout() {
		return about;
	}

	public LocalDate getGraduation() {
		return graduation;
	}

	public Boolean getOpenToInternship() {
		return openToInternship;
	}

	public String getJobPreferences() {
		return jobPreferences;
	}

	public int getMaxLevel() {
		return maxLevel;
	}

	public double getEvidenceScore() {
		return evidenceScore;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
