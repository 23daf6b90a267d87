package cn.yrd.academy.catalog.internal;

import cn.yrd.academy.shared.yaml.SourceProblem;
import java.util.List;
import java.util.Optional;

/**
 * A Markdown file that starts with a YAML block between two {@code ---} lines.
 *
 * @param yaml the YAML between the fences
 * @param body the Markdown after the closing fence
 * @param bodyLine the line the body starts on
 */
record FrontMatter(String yaml, String body, int bodyLine) {

	private static final String FENCE = "---";

	static Optional<FrontMatter> split(String file, String text, List<SourceProblem> problems) {
		List<String> lines = text.lines().toList();
		if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
			problems.add(new SourceProblem(file, 1, null, "lesson.frontMatterMissing"));
			return Optional.empty();
		}
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).strip().equals(FENCE)) {
				String yaml = String.join("\n", lines.subList(1, i));
				String body = String.join("\n", lines.subList(i + 1, lines.size()));
				return Optional.of(new FrontMatter(yaml, body, i + 2));
			}
		}
		problems.add(new SourceProblem(file, 1, null, "lesson.frontMatterUnclosed"));
		return Optional.empty();
	}

}
