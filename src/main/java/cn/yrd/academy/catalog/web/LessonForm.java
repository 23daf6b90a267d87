package cn.yrd.academy.catalog.web;

import cn.yrd.academy.catalog.internal.CoursePackage;
import cn.yrd.academy.shared.text.Bilingual;

record LessonForm(String slug, String titleZh, String titleEn, Integer minutes, String body) {

	static LessonForm of(CoursePackage.Lesson lesson) {
		return new LessonForm(lesson.slug(), lesson.title().zh(), lesson.title().en(), lesson.minutes(),
				lesson.body());
	}

	static LessonForm empty() {
		return new LessonForm(null, null, null, 45, null);
	}

	CoursePackage.Lesson toLesson(String fixedSlug) {
		return new CoursePackage.Lesson(fixedSlug == null ? strip(slug) : fixedSlug,
				new Bilingual(strip(titleZh), strip(titleEn)), minutes == null ? 0 : minutes, strip(body));
	}

	private static String strip(String value) {
		return value == null ? "" : value.strip();
	}

}
