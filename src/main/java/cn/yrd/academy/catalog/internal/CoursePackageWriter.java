package cn.yrd.academy.catalog.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.yrd.academy.shared.text.Bilingual;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a course in the package format of {@code courses/FORMAT.md}, so that reading it back gives
 * the same course.
 */
public final class CoursePackageWriter {

	private CoursePackageWriter() {
	}

	public static PackageFiles write(CoursePackage course) {
		Map<String, String> files = new TreeMap<>();
		files.put("course.yaml", yaml(courseYaml(course)));
		for (CoursePackage.Module module : course.modules()) {
			for (CoursePackage.Lesson lesson : module.lessons()) {
				Map<String, Object> front = new LinkedHashMap<>();
				front.put("title", bilingual(lesson.title()));
				front.put("minutes", lesson.minutes());
				files.put("lessons/" + lesson.slug() + ".md", "---\n" + yaml(front) + "---\n" + lesson.body() + "\n");
			}
			for (CoursePackage.Lab lab : module.labs()) {
				files.put("labs/" + lab.slug() + ".yaml", yaml(labYaml(lab)));
				files.put("labs/" + lab.slug() + ".md", lab.instructions() + "\n");
			}
		}
		return PackageFiles.of(files);
	}

	/** The files as a zip with the course code as its top folder. */
	public static byte[] zip(String code, PackageFiles files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, String> file : files.texts().entrySet()) {
				zip.putNextEntry(new ZipEntry(code + "/" + file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static Map<String, Object> courseYaml(CoursePackage course) {
		Map<String, Object> yaml = new LinkedHashMap<>();
		yaml.put("code", course.code());
		yaml.put("title", bilingual(course.title()));
		yaml.put("summary", bilingual(course.summary()));
		yaml.put("owner", course.owner());
		yaml.put("level", course.level() == null ? "" : course.level().label());
		yaml.put("hours", course.hours());
		yaml.put("language", course.language());
		yaml.put("visibility", course.visibility() == null ? "" : course.visibility().name());
		yaml.put("skills", course.skills());
		yaml.put("prerequisites", course.prerequisites());
		yaml.put("modules", course.modules().stream().map(module -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("slug", module.slug());
			entry.put("title", bilingual(module.title()));
			entry.put("lessons", module.lessons().stream().map(CoursePackage.Lesson::slug).toList());
			entry.put("labs", module.labs().stream().map(CoursePackage.Lab::slug).toList());
			return entry;
		}).toList());
		return yaml;
	}

	private static Map<String, Object> labYaml(CoursePackage.Lab lab) {
		Map<String, Object> yaml = new LinkedHashMap<>();
		yaml.put("title", bilingual(lab.title()));
		yaml.put("image", lab.image());
		yaml.put("minutes", lab.minutes());
		yaml.put("passMark", lab.passMark());
		yaml.put("checklist", lab.checklist().stream().map(item -> {
			Map<String, Object> entry = new LinkedHashMap<>(bilingual(item.text()));
			entry.put("points", item.points());
			return entry;
		}).toList());
		return yaml;
	}

	private static Map<String, Object> bilingual(Bilingual text) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("zh", text.zh());
		map.put("en", text.en());
		return map;
	}

	private static String yaml(Object document) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		options.setIndent(2);
		options.setIndicatorIndent(0);
		options.setWidth(10_000);
		options.setSplitLines(false);
		// the reader refuses aliases, so shared values (such as empty lists) are written out each time
		options.setDereferenceAliases(true);
		return new Yaml(options).dump(document instanceof List<?> list ? list : document);
	}

}
