package cn.yrd.academy.catalog;

import cn.yrd.academy.shared.text.Bilingual;

/**
 * A lab exercise of a course's published version, as booking sees it.
 *
 * @param imageCode the lab image a machine must offer
 * @param minutes how long the exercise takes
 */
public record LabExerciseSummary(String courseCode, Bilingual courseTitle, String slug, Bilingual title,
		String imageCode, int minutes) {
}
