package cn.yrd.academy.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.yrd.academy.shared.yaml.SourceProblem;
import org.assertj.core.api.ListAssert;

/**
 * The valid test package of {@code src/test/resources/packages/valid}, edits of it, zips built in
 * memory and a stub of the installation's rules.
 */
final class TestPackages {

	static final Set<String> SKILLS = Set.of("plc-programming", "ladder-logic", "structured-text");

	static final Set<String> IMAGES = Set.of("plc-s7-1200");

	static final Set<String> ORGANIZATIONS = Set.of("TONGJI", "SJTU");

	private TestPackages() {
	}

	/** Rules that know the skills, images and organizations above. */
	static PackageRules rules() {
		return rules(SKILLS::contains, IMAGES::contains, ORGANIZATIONS::contains);
	}

	static PackageRules rules(Predicate<String> skills, Predicate<String> images, Predicate<String> organizations) {
		return new PackageRules() {

			@Override
			public boolean skillExists(String code) {
				return skills.test(code);
			}

			@Override
			public boolean labImageExists(String code) {
				return images.test(code);
			}

			@Override
			public boolean organizationExists(String code) {
				return organizations.test(code);
			}

		};
	}

	/** The texts of the valid package by path inside the package, in a map the test may change. */
	static Map<String, String> valid() {
		return folder(validFolder());
	}

	static Path validFolder() {
		try {
			return Path.of(TestPackages.class.getResource("/packages/valid").toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Reads a folder with plain file access, not with the code under test. */
	static Map<String, String> folder(Path folder) {
		Map<String, String> texts = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				texts.put(folder.relativize(path).toString().replace('\\', '/'), Files.readString(path));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return texts;
	}

	/** Replaces text in one file of the package, failing when the text to replace is not there. */
	static Map<String, String> edit(Map<String, String> texts, String file, String from, String to) {
		assertThat(texts.get(file)).as("text to replace in %s", file).contains(from);
		texts.put(file, texts.get(file).replace(from, to));
		return texts;
	}

	/** The valid package with one text replaced. */
	static Map<String, String> validWith(String file, String from, String to) {
		return edit(valid(), file, from, to);
	}

	static Map<String, byte[]> bytes(String folder, Map<String, String> texts) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		texts.forEach((name, text) -> entries.put(folder + name, text.getBytes(StandardCharsets.UTF_8)));
		return entries;
	}

	/** A zip of the entries in their order; a name ending in {@code /} becomes a folder entry. */
	static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * Compares problems by value: {@link SourceProblem} is a record with an array component, so its
	 * own {@code equals} compares the arguments by identity.
	 */
	static ListAssert<SourceProblem> assertThatProblems(java.util.List<SourceProblem> problems) {
		return assertThat(problems).usingRecursiveFieldByFieldElementComparator();
	}

	static SourceProblem problem(String file, int line, String field, String messageKey, Object... arguments) {
		return new SourceProblem(file, line, field, messageKey, arguments);
	}

}
