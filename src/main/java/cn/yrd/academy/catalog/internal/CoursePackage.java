package cn.yrd.academy.catalog.internal;

import java.util.List;

import cn.yrd.academy.catalog.CourseLevel;
import cn.yrd.academy.catalog.Visibility;
import cn.yrd.academy.shared.text.Bilingual;

/**
 * A course as a package holds it, validated: what import writes and export reads back.
 */
public record CoursePackage(String code, Bilingual title, Bilingual summary, String owner, CourseLevel level,
		int hours, String language, Visibility visibility, List<String> skills, List<String> prerequisites,
		List<Module> modules) {

	public record Module(String slug, Bilingual title, List<Lesson> lessons, List<Lab> labs) {
	}

	public record Lesson(String slug, Bilingual title, int minutes, String body) {
	}

	public record Lab(String slug, Bilingual title, String image, int minutes, int passMark,
			List<ChecklistItem> checklist, String instructions) {
	}

	public record ChecklistItem(Bilingual text, int points) {
	}

}
