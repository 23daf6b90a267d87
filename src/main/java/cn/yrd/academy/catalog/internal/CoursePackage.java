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

	public CoursePackage withModules(List<Module> newModules) {
		return new CoursePackage(code, title, summary, owner, level, hours, language, visibility, skills,
				prerequisites, newModules);
	}

	public record Module(String slug, Bilingual title, List<Lesson> lessons, List<Lab> labs) {

		public Module withTitle(Bilingual newTitle) {
			return new Module(slug, newTitle, lessons, labs);
		}

		public Module withLessons(List<Lesson> newLessons) {
			return new Module(slug, title, newLessons, labs);
		}

		public Module withLabs(List<Lab> newLabs) {
			return new Module(slug, title, lessons, newLabs);
		}

	}

	public record Lesson(String slug, Bilingual title, int minutes, String body) {
	}

	public record Lab(String slug, Bilingual title, String image, int minutes, int passMark,
			List<ChecklistItem> checklist, String instructions) {
	}

	public record ChecklistItem(Bilingual text, int points) {
	}

}
