package cn.yrd.academy.catalog.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.yrd.academy.catalog.CourseLevel;
import cn.yrd.academy.catalog.Visibility;
import cn.yrd.academy.shared.text.Bilingual;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One state of a course's content. A draft may be replaced; a published version never changes, so
 * what a student enrolled in stays what it was.
 */
@Entity
@Table(name = "course_versions")
public class CourseVersion {

	public enum Status {
		DRAFT, PUBLISHED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "course_id")
	private Course course;

	private int number;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "title_zh")
	private String titleZh;

	@Column(name = "title_en")
	private String titleEn;

	@Column(name = "summary_zh")
	private String summaryZh;

	@Column(name = "summary_en")
	private String summaryEn;

	@Enumerated(EnumType.STRING)
	private CourseLevel level;

	private int hours;

	private String language;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	@Convert(converter = CodeListConverter.class)
	private List<String> skills;

	@Convert(converter = CodeListConverter.class)
	private List<String> prerequisites;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "published_at")
	private Instant publishedAt;

	@OneToMany(mappedBy = "courseVersion", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<CourseModule> modules = new ArrayList<>();

	@Version
	private int version;

	protected CourseVersion() {
	}

	/** A new draft holding the content of a validated package. */
	public static CourseVersion draftOf(Course course, int number, CoursePackage content, Instant now) {
		CourseVersion draft = new CourseVersion();
		draft.course = course;
		draft.number = number;
		draft.status = Status.DRAFT;
		draft.createdAt = now;
		draft.titleZh = content.title().zh();
		draft.titleEn = content.title().en();
		draft.summaryZh = content.summary().zh();
		draft.summaryEn = content.summary().en();
		draft.level = content.level();
		draft.hours = content.hours();
		draft.language = content.language();
		draft.visibility = content.visibility();
		draft.skills = List.copyOf(content.skills());
		draft.prerequisites = List.copyOf(content.prerequisites());
		for (int i = 0; i < content.modules().size(); i++) {
			draft.modules.add(CourseModule.of(draft, i, content.modules().get(i)));
		}
		return draft;
	}

	/** Publishing freezes this version; it becomes what the catalog shows. */
	public void publish(Instant now) {
		if (status == Status.PUBLISHED) {
			throw new IllegalStateException("Version " + number + " of " + course.getCode() + " is already published");
		}
		status = Status.PUBLISHED;
		publishedAt = now;
	}

	public CoursePackage toPackage(String ownerCode) {
		return new CoursePackage(course.getCode(), title(), summary(), ownerCode, level, hours, language, visibility,
				skills, prerequisites, modules.stream().map(CourseModule::toPackage).toList());
	}

	public Long getId() {
		return id;
	}

	public Course getCourse() {
		return course;
	}

	public int getNumber() {
		return number;
	}

	public Status getStatus() {
		return status;
	}

	public Bilingual title() {
		return new Bilingual(titleZh, titleEn);
	}

	public Bilingual summary() {
		return new Bilingual(summaryZh, summaryEn);
	}

	public CourseLevel getLevel() {
		return level;
	}

	public int getHours() {
		return hours;
	}

	public String getLanguage() {
		return language;
	}

	public Visibility getVisibility() {
		return visibility;
	}

	public List<String> getSkills() {
		return skills;
	}

	public List<String> getPrerequisites() {
		return prerequisites;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public List<CourseModule> getModules() {
		return modules;
	}

}
