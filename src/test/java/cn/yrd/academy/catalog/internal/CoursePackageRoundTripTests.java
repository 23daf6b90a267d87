package cn.yrd.academy.catalog.internal;

import static cn.yrd.academy.catalog.internal.TestPackages.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.yrd.academy.shared.skills.SkillTaxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What export writes, import reads back as the same course: for the test package and for every
 * sample course under {@code courses/}.
 */
class CoursePackageRoundTripTests {

	private static final Path COURSES = Path.of("courses");

	private static final Path LAB_IMAGES = Path.of("lab-images");

	private static final Set<String> ORGANIZATIONS = Set.of("SJTU", "TONGJI", "SH-ELECTRIC", "SH-IIA", "ZTT", "NIIT",
			"SEU", "NBPT", "ZJU", "SUPCON", "AH-KEHUI", "HFUT", "AHCME");

	@Test
	void testPackageSurvivesWritingAndReading() {
		CoursePackageParser parser = new CoursePackageParser(TestPackages.rules());
		CoursePackage course = parsed(parser, PackageFiles.of(valid()));

		PackageFiles written = CoursePackageWriter.write(course);

		assertThat(written.texts()).containsOnlyKeys(valid().keySet());
		assertThat(parsed(parser, written)).isEqualTo(course);
	}

	@Test
	void testPackageSurvivesExportAsZipAndImport() {
		CoursePackageParser parser = new CoursePackageParser(TestPackages.rules());
		CoursePackage course = parsed(parser, PackageFiles.of(valid()));

		byte[] zip = CoursePackageWriter.zip(course.code(), CoursePackageWriter.write(course));
		PackageFiles read = PackageFiles.fromZip(zip);

		assertThat(read.problems()).isEmpty();
		assertThat(parsed(parser, read)).isEqualTo(course);
	}

	@Test
	void findsTheSampleCourses() throws IOException {
		assertThat(sampleCourses()).as("sample courses with a course.yaml under %s", COURSES.toAbsolutePath())
			.contains(COURSES.resolve("PLC-101"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sampleCourses")
	void sampleCourseIsValidAndSurvivesWritingAndReading(Path folder) throws IOException {
		CoursePackageParser parser = new CoursePackageParser(installationRules());
		PackageFiles files = PackageFiles.fromDirectory(folder);
		CoursePackage course = parsed(parser, files);
		assertThat(course.code()).as("code of the course in %s", folder).isEqualTo(folder.getFileName().toString());

		assertThat(parsed(parser, CoursePackageWriter.write(course))).isEqualTo(course);
		assertThat(parsed(parser, PackageFiles.fromZip(CoursePackageWriter.zip(course.code(),
				CoursePackageWriter.write(course))))).isEqualTo(course);
	}

	static List<Path> sampleCourses() throws IOException {
		try (Stream<Path> folders = Files.list(COURSES)) {
			return folders.filter(folder -> Files.isRegularFile(folder.resolve("course.yaml"))).sorted().toList();
		}
	}

	/** The cluster's skills, lab images and member organizations, as the installation knows them. */
	private static PackageRules installationRules() throws IOException {
		SkillTaxonomy skills = new SkillTaxonomy(COURSES.resolve("skills.yaml"));
		Set<String> images;
		try (Stream<Path> folders = Files.list(LAB_IMAGES)) {
			images = folders.filter(folder -> Files.isRegularFile(folder.resolve("image.yaml")))
				.map(folder -> folder.getFileName().toString())
				.collect(Collectors.toSet());
		}
		return TestPackages.rules(skills::exists, images::contains, ORGANIZATIONS::contains);
	}

	private static CoursePackage parsed(CoursePackageParser parser, PackageFiles files) {
		CoursePackageParser.Result result = parser.parse(files);
		assertThat(result.problems()).as("problems").isEmpty();
		return result.course().orElseThrow();
	}

}
