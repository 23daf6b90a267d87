package cn.yrd.academy.catalog.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports and publishes the sample courses of {@code courses/} for the demo, each once: a course
 * whose code is already in the catalog is left as it is, so edits made in the browser survive.
 * A broken sample package stops the start, as the demo would otherwise be silently incomplete.
 */
@Component
@Profile("demo")
@Order(100)
class SampleCourses implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SampleCourses.class);

	private final CoursePackages packages;

	private final CourseRepository courses;

	private final Path folder;

	SampleCourses(CoursePackages packages, CourseRepository courses,
			@Value("${academy.catalog.sample-courses:courses}") Path folder) {
		this.packages = packages;
		this.courses = courses;
		this.folder = folder;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		int imported = 0;
		for (Path course : courseFolders()) {
			if (courses.findByCode(course.getFileName().toString()).isPresent()) {
				continue;
			}
			CoursePackages.ImportResult result = packages.importPackage(PackageFiles.fromDirectory(course), null, true);
			if (!result.ok()) {
				throw new IllegalStateException("Sample course " + course + " is not a valid package:\n"
						+ result.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
			}
			imported++;
		}
		log.info("Sample courses: imported {} from {}", imported, folder.toAbsolutePath());
	}

	private List<Path> courseFolders() throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> children = Files.list(folder)) {
			return children.filter(child -> Files.isRegularFile(child.resolve("course.yaml"))).sorted().toList();
		}
	}

}
