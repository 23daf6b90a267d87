package cn.yrd.academy.catalog.internal;

import cn.yrd.academy.shared.text.Bilingual;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "lessons")
public class Lesson {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "module_id")
	private CourseModule module;

	private int position;

	private String slug;

	@Column(name = "title_zh")
	private String titleZh;

	@Column(name = "title_en")
	private String titleEn;

	private int minutes;

	private String body;

	protected Lesson() {
	}

	static Lesson of(CourseModule module, int position, CoursePackage.Lesson content) {
		Lesson lesson = new Lesson();
		lesson.module = module;
		lesson.position = position;
		lesson.slug = content.slug();
		lesson.titleZh = content.title().zh();
		lesson.titleEn = content.title().en();
		lesson.minutes = content.minutes();
		lesson.body = content.body();
		return lesson;
	}

	CoursePackage.Lesson toPackage() {
		return new CoursePackage.Lesson(slug, title(), minutes, body);
	}

	public String getSlug() {
		return slug;
	}

	public Bilingual title() {
		return new Bilingual(titleZh, titleEn);
	}

	public int getMinutes() {
		return minutes;
	}

	public String getBody() {
		return body;
	}

}
