package cn.yrd.academy.catalog.internal;

import static cn.yrd.academy.catalog.internal.TestPackages.assertThatProblems;
import static cn.yrd.academy.catalog.internal.TestPackages.bytes;
import static cn.yrd.academy.catalog.internal.TestPackages.problem;
import static cn.yrd.academy.catalog.internal.TestPackages.valid;
import static cn.yrd.academy.catalog.internal.TestPackages.zip;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;

class PackageFilesTests {

	private static final int MB = 1024 * 1024;

	@Test
	void readsZipWithTheCourseFolderAsRoot() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("PLC-QUICK-101/", new byte[0]);
		entries.put("PLC-QUICK-101/lessons/", new byte[0]);
		entries.put("PLC-QUICK-101/labs/", new byte[0]);
		entries.putAll(bytes("PLC-QUICK-101/", valid()));

		PackageFiles files = PackageFiles.fromZip(zip(entries));

		assertThat(files.problems()).isEmpty();
		assertThat(files.texts()).isEqualTo(valid());
	}

	@Test
	void readsZipWithTheContentsAtTopLevel() {
		PackageFiles files = PackageFiles.fromZip(zip(bytes("", valid())));

		assertThat(files.problems()).isEmpty();
		assertThat(files.texts()).isEqualTo(valid());
		assertThat(files.text("lessons/scan-cycle.md")).get().asString().contains("扫描周期的三个阶段");
	}

	@Test
	void readsPackageFolderAsTheZipIsRead() throws IOException {
		PackageFiles files = PackageFiles.fromDirectory(TestPackages.validFolder());

		assertThat(files.problems()).isEmpty();
		assertThat(files.texts()).isEqualTo(valid());
	}

	@Test
	void normalizesCrlfLineEndings() {
		Map<String, String> crlf = new LinkedHashMap<>();
		valid().forEach((name, text) -> crlf.put(name, text.replace("\n", "\r\n")));
		assertThat(crlf.get("course.yaml")).contains("\r\n");

		PackageFiles files = PackageFiles.fromZip(zip(bytes("PLC-QUICK-101/", crlf)));

		assertThat(files.problems()).isEmpty();
		assertThat(files.texts()).isEqualTo(valid());
	}

	@Test
	void dropsByteOrderMarkAtStartOfFile() {
		Map<String, String> texts = valid();
		texts.replaceAll((name, text) -> "\uFEFF" + text);

		PackageFiles files = PackageFiles.fromZip(zip(bytes("", texts)));

		assertThat(files.problems()).isEmpty();
		assertThat(files.texts()).isEqualTo(valid());
	}

	@Test
	void refusesEntryLeavingThePackageFolder() {
		Map<String, byte[]> entries = bytes("", valid());
		entries.put("../evil.md", utf8("# evil"));
		entries.put("lessons/../../evil2.md", utf8("# evil"));
		entries.put("lessons\\..\\..\\evil3.md", utf8("# evil"));

		PackageFiles files = PackageFiles.fromZip(zip(entries));

		assertThatProblems(files.problems()).containsExactly(
				problem("../evil.md", 0, null, "zip.parentPath"),
				problem("lessons/../../evil2.md", 0, null, "zip.parentPath"),
				// commons-compress reads a backslash in a name as a folder separator
				problem("lessons/../../evil3.md", 0, null, "zip.parentPath"));
		assertThat(files.texts()).isEqualTo(valid());
	}

	@Test
	void refusesAFileThatStandsTwiceInTheZip() throws IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream zip =
				new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(bytes)) {
			for (String text : List.of("# first", "# second")) {
				zip.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry("lessons/a.md"));
				zip.write(utf8(text));
				zip.closeArchiveEntry();
			}
		}

		PackageFiles files = PackageFiles.fromZip(bytes.toByteArray());

		assertThatProblems(files.problems()).containsExactly(problem("lessons/a.md", 0, null, "zip.duplicate"));
	}

	@Test
	void refusesAbsolutePath() {
		Map<String, byte[]> entries = bytes("", valid());
		entries.put("/etc/x.md", utf8("# x"));
		entries.put("C:/Windows/x.md", utf8("# x"));

		PackageFiles files = PackageFiles.fromZip(zip(entries));

		assertThatProblems(files.problems()).containsExactly(
				problem("/etc/x.md", 0, null, "zip.absolutePath"),
				problem("C:/Windows/x.md", 0, null, "zip.absolutePath"));
		assertThat(files.texts()).isEqualTo(valid());
	}

	@Test
	void refusesSymbolicLink() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
			for (Map.Entry<String, String> file : valid().entrySet()) {
				zip.putArchiveEntry(new ZipArchiveEntry(file.getKey()));
				zip.write(utf8(file.getValue()));
				zip.closeArchiveEntry();
			}
			ZipArchiveEntry link = new ZipArchiveEntry("lessons/passwords.md");
			link.setUnixMode(0120777);
			zip.putArchiveEntry(link);
			zip.write(utf8("/etc/passwd"));
			zip.closeArchiveEntry();
		}

		PackageFiles files = PackageFiles.fromZip(bytes.toByteArray());

		assertThatProblems(files.problems()).containsExactly(problem("lessons/passwords.md", 0, null, "zip.link"));
		assertThat(files.text("lessons/passwords.md")).isEmpty();
	}

	@Test
	void refusesFilesOtherThanYamlAndMarkdown() {
		Map<String, byte[]> entries = bytes("", valid());
		entries.put("tools/setup.exe", new byte[] { 'M', 'Z', 0, 0 });
		entries.put("install.sh", utf8("#!/bin/sh\nrm -rf /\n"));
		entries.put("labs/notes.MD", utf8("# allowed whatever the case"));

		PackageFiles files = PackageFiles.fromZip(zip(entries));

		assertThatProblems(files.problems()).containsExactly(
				problem("tools/setup.exe", 0, null, "zip.fileType"),
				problem("install.sh", 0, null, "zip.fileType"));
		assertThat(files.texts()).containsKey("labs/notes.MD").doesNotContainKeys("tools/setup.exe", "install.sh");
	}

	@Test
	void acceptsExactly2000Entries() {
		PackageFiles files = PackageFiles.fromZip(zip(smallFiles(2_000)));

		assertThat(files.problems()).isEmpty();
		assertThat(files.texts()).hasSize(2_000);
	}

	@Test
	void refusesMoreThan2000Entries() {
		PackageFiles files = PackageFiles.fromZip(zip(smallFiles(2_001)));

		assertThatProblems(files.problems()).containsExactly(problem(null, 0, null, "zip.tooManyEntries", 2_000));
	}

	@Test
	void refusesFileOver2Megabytes() {
		Map<String, byte[]> entries = bytes("", valid());
		entries.put("lessons/huge.md", filled(3 * MB, 'a'));
		entries.put("lessons/exactly-two-megabytes.md", filled(2 * MB, 'b'));

		PackageFiles files = PackageFiles.fromZip(zip(entries));

		assertThatProblems(files.problems()).containsExactly(problem("lessons/huge.md", 0, null, "file.tooLarge", 2_048L));
		assertThat(files.texts()).doesNotContainKey("lessons/huge.md");
		assertThat(files.text("lessons/exactly-two-megabytes.md")).get().asString().hasSize(2 * MB);
	}

	@Test
	void stopsUnpackingZipBombAt50Megabytes() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		byte[] zeros = new byte[2 * MB];
		for (int i = 1; i <= 30; i++) {
			entries.put("bomb/%02d.md".formatted(i), zeros);
		}
		// reported if reading went on past the limit
		entries.put("../after-the-limit.md", utf8("# never reached"));
		byte[] bomb = zip(entries);
		assertThat(bomb.length).as("compressed size").isLessThan(MB);

		PackageFiles files = PackageFiles.fromZip(bomb);

		assertThatProblems(files.problems()).containsExactly(problem(null, 0, null, "zip.tooLargeUnpacked", 50L));
		// 25 files of 2 MB fill the 50 MB exactly; the 26th is where reading stops
		assertThat(files.texts().keySet()).hasSize(25).contains("25.md").doesNotContain("26.md");
	}

	@Test
	void stopsInflatingAnEntryAtTheFileLimit() throws IOException {
		// the data turns corrupt 64 KB after the limit: inflating that far would fail as unreadable
		PackageFiles files = PackageFiles.fromZip(entryCorruptAfter(2 * MB + 64 * 1024));

		assertThatProblems(files.problems()).containsExactly(problem("course.yaml", 0, null, "file.tooLarge", 2_048L));
	}

	@Test
	void reportsCorruptEntryDataAsUnreadable() throws IOException {
		// shows that the entry of the test above fails where inflating reaches the corrupt data
		PackageFiles files = PackageFiles.fromZip(entryCorruptAfter(1024));

		assertThatProblems(files.problems()).containsExactly(problem(null, 0, null, "zip.unreadable"));
	}

	@Test
	void refusesFileThatIsNotUtf8() {
		Map<String, byte[]> entries = bytes("PLC-QUICK-101/", valid());
		entries.put("PLC-QUICK-101/lessons/gbk.md", "扫描周期".getBytes(java.nio.charset.Charset.forName("GBK")));
		entries.put("PLC-QUICK-101/lessons/broken.md", new byte[] { '#', ' ', (byte) 0xC3, '(' });

		PackageFiles files = PackageFiles.fromZip(zip(entries));

		assertThatProblems(files.problems()).containsExactlyInAnyOrder(
				problem("lessons/gbk.md", 0, null, "file.notUtf8"),
				problem("lessons/broken.md", 0, null, "file.notUtf8"));
		assertThat(files.texts()).isEqualTo(valid());
	}

	@Test
	void refusesBytesThatAreNotZip() {
		byte[] garbage = "这不是压缩包 — this is not a zip file at all".repeat(100).getBytes(StandardCharsets.UTF_8);

		PackageFiles files = PackageFiles.fromZip(garbage);

		assertThatProblems(files.problems()).containsExactly(problem(null, 0, null, "zip.unreadable"));
		assertThat(files.texts()).isEmpty();
	}

	@Test
	void refusesUploadOver20MegabytesBeforeUnpacking() {
		PackageFiles files = PackageFiles.fromZip(new byte[20 * MB + 1]);

		assertThatProblems(files.problems()).containsExactly(problem(null, 0, null, "zip.tooLarge", 20L));
		assertThat(files.texts()).isEmpty();
	}

	@Test
	void readsUploadOfExactly20Megabytes() {
		// 20 MB of zeros are no zip: refused as unreadable, so the size limit let it through
		PackageFiles files = PackageFiles.fromZip(new byte[20 * MB]);

		assertThatProblems(files.problems()).containsExactly(problem(null, 0, null, "zip.unreadable"));
	}

	/** A zip of one entry whose deflated data gives {@code good} bytes and then an invalid block. */
	private static byte[] entryCorruptAfter(int good) throws IOException {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		deflater.setInput(filled(good, 'a'));
		ByteArrayOutputStream data = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int length;
		while ((length = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH)) > 0) {
			data.write(buffer, 0, length);
		}
		deflater.end();
		// a final block of the reserved type 3
		data.write(new byte[] { (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF });
		byte[] raw = data.toByteArray();
		ZipArchiveEntry entry = new ZipArchiveEntry("course.yaml");
		entry.setMethod(ZipEntry.DEFLATED);
		entry.setCompressedSize(raw.length);
		entry.setSize(good);
		entry.setCrc(0);
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
			out.addRawArchiveEntry(entry, new ByteArrayInputStream(raw));
		}
		return zip.toByteArray();
	}

	private static Map<String, byte[]> smallFiles(int count) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (int i = 1; i <= count; i++) {
			entries.put("lessons/l%04d.md".formatted(i), utf8("# " + i));
		}
		return entries;
	}

	private static byte[] filled(int size, char c) {
		byte[] bytes = new byte[size];
		Arrays.fill(bytes, (byte) c);
		return bytes;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
