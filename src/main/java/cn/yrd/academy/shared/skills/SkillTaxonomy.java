package cn.yrd.academy.shared.skills;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.yrd.academy.shared.text.Bilingual;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The cluster's skill taxonomy from {@code courses/skills.yaml}: courses, lab images, certificates and
 * talent profiles name skills by these codes. Read once at startup; a broken file stops the start.
 */
@Component
public class SkillTaxonomy {

	private final Map<String, Skill> skills;

	public SkillTaxonomy(@Value("${academy.skills.file:courses/skills.yaml}") Path file) throws IOException {
		this.skills = read(file);
	}

	private static Map<String, Skill> read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("Skill taxonomy " + file.toAbsolutePath() + " not found; set academy.skills.file");
		}
		Object document = new Yaml(new SafeConstructor(new LoaderOptions()))
			.load(new StringReader(Files.readString(file)));
		Map<String, Skill> skills = new LinkedHashMap<>();
		if (!(document instanceof List<?> entries)) {
			throw new IllegalStateException(file + " must be a list of skills");
		}
		for (Object entry : entries) {
			if (!(entry instanceof Map<?, ?> map) || !(map.get("code") instanceof String code)
					|| !(map.get("zh") instanceof String zh) || !(map.get("en") instanceof String en)
					|| !(map.get("category") instanceof String category)) {
				throw new IllegalStateException(file + ": every skill needs code, zh, en and category: " + entry);
			}
			if (skills.put(code, new Skill(code, new Bilingual(zh, en), category)) != null) {
				throw new IllegalStateException(file + ": skill " + code + " is listed twice");
			}
		}
		return skills;
	}

	public boolean exists(String code) {
		return skills.containsKey(code);
	}

	public Optional<Skill> find(String code) {
		return Optional.ofNullable(skills.get(code));
	}

	public List<Skill> all() {
		return List.copyOf(skills.values());
	}

}
