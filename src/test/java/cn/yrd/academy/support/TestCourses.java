package cn.yrd.academy.support;

import java.util.List;

import cn.yrd.academy.catalog.CourseLevel;
import cn.yrd.academy.catalog.Visibility;
import cn.yrd.academy.catalog.internal.CoursePackage;
import cn.yrd.academy.catalog.internal.CoursePackageWriter;
import cn.yrd.academy.catalog.internal.PackageFiles;
import cn.yrd.academy.shared.text.Bilingual;

/**
 * Small course packages built in code, for tests that import, search and study courses.
 */
public final class TestCourses {

	private TestCourses() {
	}

	/** A course with one module of the given lessons (slug → Chinese text) and one lab on the PLC trainer. */
	public static CoursePackage course(String code, String owner, Visibility visibility, String titleZh,
			String titleEn, List<String> lessonSlugs, String lessonText) {
		List<CoursePackage.Lesson> lessons = lessonSlugs.stream()
			.map(slug -> new CoursePackage.Lesson(slug, new Bilingual("课时 " + slug, "Lesson " + slug), 30,
					"## " + slug + "\n\n" + lessonText))
			.toList();
		CoursePackage.Lab lab = new CoursePackage.Lab("first-lab", new Bilingual("第一个实训", "First lab"),
				"plc-s7-1200", 60, 60,
				List.of(new CoursePackage.ChecklistItem(new Bilingual("程序可运行", "Program runs"), 100)),
				"按步骤完成实训。");
		return new CoursePackage(code, new Bilingual(titleZh, titleEn),
				new Bilingual(titleZh + "的课程简介。", "About " + titleEn + "."), owner, CourseLevel.BEGINNER, 16,
				"zh-CN", visibility, List.of("plc-programming"), List.of(),
				List.of(new CoursePackage.Module("basics", new Bilingual("基础", "Basics"), lessons, List.of(lab))));
	}

	public static PackageFiles files(CoursePackage course) {
		return CoursePackageWriter.write(course);
	}

	public static byte[] zip(CoursePackage course) {
		return CoursePackageWriter.zip(course.code(), files(course));
	}

}
