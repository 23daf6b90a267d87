package cn.yrd.academy.catalog.internal;

import java.util.ArrayList;
import java.util.List;

import cn.yrd.academy.shared.text.Bilingual;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

@Entity
@Table(name = "course_modules")
public class CourseModule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "course_version_id")
	private CourseVersion courseVersion;

	private int position;

	private String slug;

	@Column(name = "title_zh")
	private String titleZh;

	@Column(name = "title_en")
	private String titleEn;

	@OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Lesson> lessons = new ArrayList<>();

	@OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<LabExercise> labs = new ArrayList<>();

	protected CourseModule() {
	}

	static CourseModule of(CourseVersion version, int position, CoursePackage.Module content) {
		CourseModule module = new CourseModule();
		module.courseVersion = version;
		module.position = position;
		module.slug = content.slug();
		module.titleZh = content.title().zh();
		module.titleEn = content.title().en();
		for (int i = 0; i < content.lessons().size(); i++) {
			module.lessons.add(Lesson.of(module, i, content.lessons().get(i)));
		}
		for (int i = 0; i < content.labs().size(); i++) {
			module.labs.add(LabExercise.of(module, i, content.labs().get(i)));
		}
		return module;
	}

	CoursePackage.Module toPackage() {
		return new CoursePackage.Module(slug, title(), lessons.stream().map(Lesson::toPackage).toList(),
				labs.stream().map(LabExercise::toPackage).toList());
	}

	public String getSlug() {
		return slug;
	}

	public Bilingual title() {
		return new Bilingual(titleZh, titleEn);
	}

	public List<Lesson> getLessons() {
		return lessons;
	}

	public List<LabExercise> getLabs() {
		return labs;
	}

}
