package cn.yrd.academy.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.yrd.academy.shared.text.Bilingual;

/**
 * What a course asks of a student and what a student has studied, for course completion and certification.
 */
public interface CourseProgress {

	/** The lessons and lab exercises of the course's published version; empty when it has none. */
	Optional<CourseOutline> outline(String courseCode);

	/** The skill codes the course's published version teaches; empty when it has none. */
	List<String> skillsOf(String courseCode);

	/** The slugs of the lessons the student has marked done in the course. */
	Set<String> completedLessons(long userId, String courseCode);

	/** A published course: its lesson slugs and lab exercise slugs, in course order. */
	record CourseOutline(String code, Bilingual title, List<String> lessons, List<String> labs) {

		public CourseOutline {
			lessons = List.copyOf(lessons);
			labs = List.copyOf(labs);
		}

	}

}
