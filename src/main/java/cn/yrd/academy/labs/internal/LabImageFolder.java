package cn.yrd.academy.labs.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.yrd.academy.labs.LabImage;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.shared.yaml.SourceProblem;
import cn.yrd.academy.shared.yaml.YamlMap;

/**
 * Reads and validates every {@code <code>/image.yaml} below the lab images folder.
 */
final class LabImageFolder {

	private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{1,39}$");

	private static final Set<String> PROTOCOLS = Set.of("vnc", "rdp", "ssh");

	private final Predicate<String> skillExists;

	LabImageFolder(Predicate<String> skillExists) {
		this.skillExists = skillExists;
	}

	record Result(List<LabImage> images, List<SourceProblem> problems) {
	}

	Result read(Path folder) throws IOException {
		List<LabImage> images = new ArrayList<>();
		List<SourceProblem> problems = new ArrayList<>();
		try (Stream<Path> children = Files.list(folder)) {
			for (Path dir : children.filter(Files::isDirectory).sorted().toList()) {
				String file = folder.relativize(dir.resolve("image.yaml")).toString();
				if (!Files.isRegularFile(dir.resolve("image.yaml"))) {
					problems.add(SourceProblem.ofFile(file, "file.missing"));
					continue;
				}
				YamlMap.parse(file, Files.readString(dir.resolve("image.yaml")), 1, problems)
					.flatMap(yaml -> image(yaml, dir.getFileName().toString()))
					.ifPresent(images::add);
			}
		}
		return new Result(List.copyOf(images), problems);
	}

	private Optional<LabImage> image(YamlMap yaml, String folderName) {
		String code = yaml.matching("code", CODE, "field.slug");
		if (code != null && !code.equals(folderName)) {
			yaml.problem("code", "labImage.codeNotFolder", code, folderName);
		}
		Bilingual name = yaml.bilingual("name", 200);
		String vendor = yaml.text("vendor", 100);
		Bilingual equipment = yaml.bilingual("equipment", 500);
		String protocol = yaml.text("protocol", 10);
		if (protocol != null && !PROTOCOLS.contains(protocol)) {
			yaml.problem("protocol", "labImage.protocol", protocol);
		}
		Integer port = yaml.integer("port", 1, 65_535);
		int[] display = display(yaml, protocol);
		List<String> software = yaml.strings("software", false);
		List<String> skills = yaml.strings("skills", true);
		Boolean recording = yaml.flag("recording", true);
		if (skills != null) {
			skills.stream().filter(skillExists.negate()).forEach(skill -> yaml.problem("skills", "course.unknownSkill", skill));
		}
		boolean complete = code != null && code.equals(folderName) && name != null && vendor != null
				&& equipment != null && PROTOCOLS.contains(protocol) && port != null && display != null
				&& software != null && skills != null && skills.stream().allMatch(skillExists) && recording != null;
		return complete ? Optional.of(new LabImage(code, name, vendor, equipment, protocol, port, display[0],
				display[1], software, skills, recording)) : Optional.empty();
	}

	private static int[] display(YamlMap yaml, String protocol) {
		if ("ssh".equals(protocol)) {
			return new int[] { 0, 0 };
		}
		return yaml.map("display").map(display -> {
			Integer width = display.integer("width", 640, 7_680);
			Integer height = display.integer("height", 480, 4_320);
			return width == null || height == null ? null : new int[] { width, height };
		}).orElse(null);
	}

}
