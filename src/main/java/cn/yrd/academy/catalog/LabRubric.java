package cn.yrd.academy.catalog;

import java.util.List;

import cn.yrd.academy.shared.text.Bilingual;

/**
 * How a lab exercise of a course's latest published version is graded.
 *
 * @param passMark the points needed to pass
 * @param items what the grader checks, in order
 */
public record LabRubric(String courseCode, String labSlug, Bilingual title, int passMark, List<Item> items) {

	public LabRubric {
		items = List.copyOf(items);
	}

	public int maxPoints() {
		return items.stream().mapToInt(Item::points).sum();
	}

	/** One checklist item, worth up to {@code points}. */
	public record Item(Bilingual text, int points) {
	}

}
