package cn.yrd.academy.catalog.web;

import java.util.ArrayList;
import java.util.List;

import cn.yrd.academy.catalog.internal.CoursePackage;
import cn.yrd.academy.shared.text.Bilingual;

/**
 * A lab exercise in the editor; the checklist is one line per item: {@code points | 中文 | English}.
 */
record LabForm(String slug, String titleZh, String titleEn, String image, Integer minutes, Integer passMark,
		String checklist, String instructions) {

	static LabForm of(CoursePackage.Lab lab) {
		StringBuilder lines = new StringBuilder();
		lab.checklist().forEach(item -> lines.append(item.points()).append(" | ").append(item.text().zh())
			.append(" | ").append(item.text().en()).append('\n'));
		return new LabForm(lab.slug(), lab.title().zh(), lab.title().en(), lab.image(), lab.minutes(),
				lab.passMark(), lines.toString(), lab.instructions());
	}

	static LabForm empty() {
		return new LabForm(null, null, null, null, 60, 60, "", null);
	}

	CoursePackage.Lab toLab(String fixedSlug) {
		List<CoursePackage.ChecklistItem> items = new ArrayList<>();
		for (String line : (checklist == null ? "" : checklist).split("\n")) {
			String[] parts = line.split("\\|");
			if (line.isBlank()) {
				continue;
			}
			int points;
			try {
				points = Integer.parseInt(parts[0].strip());
			}
			catch (NumberFormatException ex) {
				points = 0;
			}
			items.add(new CoursePackage.ChecklistItem(new Bilingual(part(parts, 1), part(parts, 2)), points));
		}
		return new CoursePackage.Lab(fixedSlug == null ? strip(slug) : fixedSlug,
				new Bilingual(strip(titleZh), strip(titleEn)), strip(image), minutes == null ? 0 : minutes,
				passMark == null ? 0 : passMark, items, strip(instructions));
	}

	private static String part(String[] parts, int index) {
		return parts.length > index ? parts[index].strip() : "";
	}

	private static String strip(String value) {
		return value == null ? "" : value.strip();
	}

}
