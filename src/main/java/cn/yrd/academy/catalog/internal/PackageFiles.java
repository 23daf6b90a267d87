package cn.yrd.academy.catalog.internal;

import cn.yrd.academy.shared.yaml.SourceProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The files of a course package, read from a zip upload or a folder, with every limit enforced
 * while reading: entry count, sizes, unsafe paths, links, file types and UTF-8.
 */
public final class PackageFiles {

	public static final int MAX_ENTRIES = 2_000;

	public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

	public static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;

	private static final String BYTE_ORDER_MARK = "\uFEFF";

	private final Map<String, String> texts;

	private final List<SourceProblem> problems;

	private PackageFiles(Map<String, String> texts, List<SourceProblem> problems) {
		this.texts = texts;
		this.problems = problems;
	}

	/** The largest upload read at all; larger ones are refused before unpacking. */
	public static final long MAX_ZIP_BYTES = 20L * 1024 * 1024;

	/**
	 * Reads an uploaded zip. Entries are read through the central directory, so links are seen, and
	 * sizes are enforced while inflating, so a zip bomb is never expanded beyond the limits.
	 */
	public static PackageFiles fromZip(byte[] zip) {
		Map<String, byte[]> raw = new TreeMap<>();
		List<SourceProblem> problems = new ArrayList<>();
		if (zip.length > MAX_ZIP_BYTES) {
			problems.add(SourceProblem.ofFile(null, "zip.tooLarge", MAX_ZIP_BYTES / (1024 * 1024)));
			return new PackageFiles(new TreeMap<>(), problems);
		}
		try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
			readEntries(file, raw, problems);
		}
		catch (IOException | RuntimeException ex) {
			problems.add(SourceProblem.ofFile(null, "zip.unreadable"));
		}
		return decode(stripCommonRoot(raw), problems);
	}

	private static void readEntries(ZipFile file, Map<String, byte[]> raw, List<SourceProblem> problems)
			throws IOException {
		long total = 0;
		int count = 0;
		for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
			if (++count > MAX_ENTRIES) {
				problems.add(SourceProblem.ofFile(null, "zip.tooManyEntries", MAX_ENTRIES));
				return;
			}
			String name = entry.getName();
			Optional<String> unsafe = entry.isUnixSymlink() ? Optional.of("zip.link") : unsafePath(name);
			if (unsafe.isPresent()) {
				problems.add(SourceProblem.ofFile(name, unsafe.get()));
				continue;
			}
			if (entry.isDirectory()) {
				continue;
			}
			long room = MAX_TOTAL_BYTES - total;
			byte[] content;
			try (InputStream in = file.getInputStream(entry)) {
				content = readLimited(in, Math.min(MAX_FILE_BYTES, room));
			}
			if (content == null && MAX_FILE_BYTES <= room) {
				problems.add(SourceProblem.ofFile(name, "file.tooLarge", MAX_FILE_BYTES / 1024));
				continue;
			}
			if (content == null) {
				problems.add(SourceProblem.ofFile(null, "zip.tooLargeUnpacked", MAX_TOTAL_BYTES / (1024 * 1024)));
				return;
			}
			total += content.length;
			if (raw.put(name, content) != null) {
				problems.add(SourceProblem.ofFile(name, "zip.duplicate"));
			}
		}
	}

	/** Reads a package folder, as the sample courses are kept. */
	public static PackageFiles fromDirectory(Path directory) throws IOException {
		Map<String, byte[]> raw = new TreeMap<>();
		List<SourceProblem> problems = new ArrayList<>();
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				String name = directory.relativize(path).toString().replace('\\', '/');
				if (Files.size(path) > MAX_FILE_BYTES) {
					problems.add(SourceProblem.ofFile(name, "file.tooLarge", MAX_FILE_BYTES / 1024));
					continue;
				}
				raw.put(name, Files.readAllBytes(path));
			}
		}
		return decode(raw, problems);
	}

	/** Builds a package from texts already in memory (export, tests). */
	public static PackageFiles of(Map<String, String> texts) {
		return new PackageFiles(new TreeMap<>(texts), new ArrayList<>());
	}

	public Optional<String> text(String path) {
		return Optional.ofNullable(texts.get(path));
	}

	public Map<String, String> texts() {
		return texts;
	}

	/** Problems found while reading: unsafe entries, limits, encodings. */
	public List<SourceProblem> problems() {
		return problems;
	}

	private static Optional<String> unsafePath(String name) {
		if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
			return Optional.of("zip.absolutePath");
		}
		for (String part : name.split("[/\\\\]")) {
			if (part.equals("..")) {
				return Optional.of("zip.parentPath");
			}
		}
		if (!name.endsWith("/") && !name.matches("(?i).*\\.(ya?ml|md)$")) {
			return Optional.of("zip.fileType");
		}
		return Optional.empty();
	}

	private static byte[] readLimited(InputStream in, long limit) throws IOException {
		byte[] content = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
		return content.length > limit ? null : content;
	}

	private static Map<String, byte[]> stripCommonRoot(Map<String, byte[]> raw) {
		if (raw.containsKey("course.yaml") || raw.isEmpty()) {
			return raw;
		}
		String first = raw.keySet().iterator().next();
		int slash = first.indexOf('/');
		if (slash < 0) {
			return raw;
		}
		String root = first.substring(0, slash + 1);
		if (!raw.keySet().stream().allMatch(name -> name.startsWith(root))) {
			return raw;
		}
		Map<String, byte[]> stripped = new TreeMap<>();
		raw.forEach((name, content) -> stripped.put(name.substring(root.length()), content));
		return stripped;
	}

	private static PackageFiles decode(Map<String, byte[]> raw, List<SourceProblem> problems) {
		Map<String, String> texts = new TreeMap<>();
		raw.forEach((name, content) -> {
			try {
				String text = StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(content))
					.toString()
					.replace("\r\n", "\n");
				// editors on Windows may start UTF-8 with a byte order mark; it would hide the front matter
				texts.put(name, text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text);
			}
			catch (CharacterCodingException ex) {
				problems.add(SourceProblem.ofFile(name, "file.notUtf8"));
			}
		});
		return new PackageFiles(texts, problems);
	}

}
