package cn.yrd.academy.catalog.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import cn.yrd.academy.catalog.internal.CourseNotFoundException;
import cn.yrd.academy.catalog.internal.CoursePackage;

/**
 * The editor's changes to a course package, as plain functions. Aiming at a unit, lesson or lab that
 * no longer exists (edited in another tab) is "not found", never a silent no-op.
 */
final class CourseEdits {

	private CourseEdits() {
	}

	static <T> List<T> append(List<T> items, T item) {
		List<T> appended = new ArrayList<>(items);
		appended.add(item);
		return appended;
	}

	static CoursePackage changeModule(CoursePackage course, int index,
			UnaryOperator<CoursePackage.Module> change) {
		List<CoursePackage.Module> modules = new ArrayList<>(course.modules());
		if (index < 0 || index >= modules.size()) {
			throw new CourseNotFoundException(course.code());
		}
		modules.set(index, change.apply(modules.get(index)));
		return course.withModules(modules);
	}

	static CoursePackage replaceLesson(CoursePackage course, String slug, CoursePackage.Lesson lesson) {
		return course.withModules(course.modules().stream()
			.map(module -> module.withLessons(module.lessons().stream()
				.map(existing -> existing.slug().equals(slug) ? lesson : existing).toList()))
			.toList());
	}

	static CoursePackage replaceLab(CoursePackage course, String slug, CoursePackage.Lab lab) {
		return course.withModules(course.modules().stream()
			.map(module -> module.withLabs(
					module.labs().stream().map(existing -> existing.slug().equals(slug) ? lab : existing).toList()))
			.toList());
	}

	/** The index of an existing unit; a unit that no longer exists (edited in another tab) is not found. */
	static int checkIndex(CoursePackage course, int index) {
		if (index < 0 || index >= course.modules().size()) {
			throw new CourseNotFoundException(course.code());
		}
		return index;
	}

	static CoursePackage lessonExists(CoursePackage course, String slug) {
		lesson(course, slug);
		return course;
	}

	static CoursePackage labExists(CoursePackage course, String slug) {
		lab(course, slug);
		return course;
	}

	static CoursePackage.Lesson lesson(CoursePackage course, String slug) {
		return course.modules().stream().flatMap(module -> module.lessons().stream())
			.filter(lesson -> lesson.slug().equals(slug)).findFirst()
			.orElseThrow(() -> new CourseNotFoundException(course.code()));
	}

	static CoursePackage.Lab lab(CoursePackage course, String slug) {
		return course.modules().stream().flatMap(module -> module.labs().stream())
			.filter(lab -> lab.slug().equals(slug)).findFirst()
			.orElseThrow(() -> new CourseNotFoundException(course.code()));
	}

}
