package cn.yrd.academy.catalog.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
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
 * The searchable face of a course's latest published version: one row per course, rewritten when a
 * version is published, and indexed for full-text search in Chinese and English.
 */
@Entity
@Table(name = "catalog_entries")
@Indexed(index = "catalog")
public class CatalogEntry {

	static final String ANALYZER = "chinese";

	@Id
	@Column(name = "course_id")
	private Long courseId;

	@KeywordField(projectable = Projectable.YES)
	private String code;

	@FullTextField(analyzer = ANALYZER, projectable = Projectable.YES)
	@Column(name = "title_zh")
	private String titleZh;

	@FullTextField(analyzer = ANALYZER, projectable = Projectable.YES)
	@Column(name = "title_en")
	private String titleEn;

	@FullTextField(analyzer = ANALYZER, projectable = Projectable.YES)
	@Column(name = "summary_zh")
	private String summaryZh;

	@FullTextField(analyzer = ANALYZER, projectable = Projectable.YES)
	@Column(name = "summary_en")
	private String summaryEn;

	@FullTextField(analyzer = ANALYZER)
	@Column(name = "lesson_text")
	private String lessonText;

	@Column(name = "skill_codes")
	private String skillCodes;

	@FullTextField(analyzer = ANALYZER)
	@Column(name = "skill_names")
	private String skillNames;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private String level;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private String language;

	@KeywordField(projectable = Projectable.YES)
	private String visibility;

	@GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Column(name = "owner_organization_id")
	private long ownerOrganizationId;

	@KeywordField(aggregable = Aggregable.YES)
	@Column(name = "owner_province")
	private String ownerProvince;

	@GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Column(name = "has_lab")
	private boolean hasLab;

	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
	@Column(name = "lab_count")
	private int labCount;

	/** The labs as {@code slug:image} pairs, comma-separated, so listings need not load the version. */
	@KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
	private String labs;

	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
	@Column(name = "lesson_count")
	private int lessonCount;

	@GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
	private int hours;

	@GenericField(sortable = Sortable.YES)
	@Column(name = "published_at")
	private Instant publishedAt;

	protected CatalogEntry() {
	}

	CatalogEntry(Long courseId) {
		this.courseId = courseId;
	}

	/** Takes over what the catalog shows of a newly published version. */
	void show(CourseVersion version, String ownerProvince, String skillNames) {
		code = version.getCourse().getCode();
		titleZh = version.title().zh();
		titleEn = version.title().en();
		summaryZh = version.summary().zh();
		summaryEn = version.summary().en();
		StringBuilder text = new StringBuilder();
		version.getModules().forEach(module -> {
			text.append(module.title().zh()).append('\n').append(module.title().en()).append('\n');
			module.getLessons().forEach(lesson -> text.append(lesson.title().zh()).append('\n')
				.append(lesson.title().en()).append('\n').append(lesson.getBody()).append('\n'));
			module.getLabs().forEach(lab -> text.append(lab.title().zh()).append('\n').append(lab.title().en())
				.append('\n'));
		});
		lessonText = text.toString();
		skillCodes = String.join(",", version.getSkills());
		this.skillNames = skillNames;
		level = version.getLevel().name();
		language = version.getLanguage();
		visibility = version.getVisibility().name();
		ownerOrganizationId = version.getCourse().getOwnerOrganizationId();
		this.ownerProvince = ownerProvince;
		List<String> labPairs = version.getModules().stream().flatMap(module -> module.getLabs().stream())
			.map(lab -> lab.getSlug() + ":" + lab.getLabImage())
			.toList();
		labs = String.join(",", labPairs);
		labCount = labPairs.size();
		lessonCount = (int) version.getModules().stream().mapToLong(module -> module.getLessons().size()).sum();
		hasLab = labCount > 0;
		hours = version.getHours();
		publishedAt = version.getPublishedAt();
	}

	@KeywordField(name = "skill", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "skillCodes")),
			reindexOnUpdate = ReindexOnUpdate.DEFAULT)
	public List<String> getSkillList() {
		return skillCodes == null || skillCodes.isEmpty() ? List.of() : List.of(skillCodes.split(","));
	}

	public Long getCourseId() {
		return courseId;
	}

	public String getCode() {
		return code;
	}

	public String getTitleZh() {
		return titleZh;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public String getSummaryZh() {
		return summaryZh;
	}

	public String getSummaryEn() {
		return summaryEn;
	}

	public String getLevel() {
		return level;
	}

	public String getLanguage() {
		return language;
	}

	public String getVisibility() {
		return visibility;
	}

	public long getOwnerOrganizationId() {
		return ownerOrganizationId;
	}

	public String getOwnerProvince() {
		return ownerProvince;
	}

	public boolean isHasLab() {
		return hasLab;
	}

	public int getLabCount() {
		return labCount;
	}

	public int getLessonCount() {
		return lessonCount;
	}

	public int getHours() {
		return hours;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

}
