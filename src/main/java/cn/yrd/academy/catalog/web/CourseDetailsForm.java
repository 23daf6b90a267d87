package cn.yrd.academy.catalog.web;

import java.util.Arrays;
import java.util.List;

import cn.yrd.academy.catalog.CourseLevel;
import cn.yrd.academy.catalog.Visibility;
import cn.yrd.academy.catalog.internal.CoursePackage;
import cn.yrd.academy.shared.text.Bilingual;

/**
 * What describes a course, as the editor's form holds it; the package rules check it on save.
 */
record CourseDetailsForm(String code, String titleZh, String titleEn, String summaryZh, String summaryEn,
		CourseLevel level, Integer hours, String language, Visibility visibility, List<String> skills,
		String prerequisites) {

	static CourseDetailsForm of(CoursePackage course) {
		return new CourseDetailsForm(course.code(), course.title().zh(), course.title().en(), course.summary().zh(),
				course.summary().en(), course.level(), course.hours(), course.language(), course.visibility(),
				course.skills(), String.join(", ", course.prerequisites()));
	}

	static CourseDetailsForm empty() {
		return new CourseDetailsForm(null, null, null, null, null, CourseLevel.BEGINNER, 16, "zh-CN",
				Visibility.CLUSTER, List.of(), "");
	}

	/** The course with these details; blank fields stay blank so the package rules report them. */
	CoursePackage applyTo(CoursePackage course) {
		return new CoursePackage(course.code(), new Bilingual(text(titleZh), text(titleEn)),
				new Bilingual(text(summaryZh), text(summaryEn)), course.owner(), level == null ? course.level() : level,
				hours == null ? 0 : hours,
				text(language), visibility == null ? course.visibility() : visibility, skills == null ? List.of() : skills, codes(prerequisites),
				course.modules());
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

	private static List<String> codes(String list) {
		return list == null || list.isBlank() ? List.of()
				: Arrays.stream(list.split("[,，\\s]+")).filter(code -> !code.isBlank()).toList();
	}

}
