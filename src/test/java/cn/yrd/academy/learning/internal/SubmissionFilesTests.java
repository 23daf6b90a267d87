package cn.yrd.academy.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

class SubmissionFilesTests {

	@TempDir
	Path dir;

	private SubmissionFiles files() {
		return new SubmissionFiles(new LearningProperties(dir, DataSize.ofMegabytes(10), 5,
				List.of("pdf", "png", "jpg", "txt", "zip", "zap17"), Duration.ofDays(180)));
	}

	@Test
	void refusesNamesThatAreNotPlainFileNames() {
		for (String name : List.of("../a.pdf", "..\\a.pdf", "/etc/passwd.txt", "C:\\a.txt", "C:a.txt", "a/../b.txt",
				".hidden.txt", "a\u0000.txt", "", " ")) {
			assertThat(SubmissionFiles.isSafeName(name)).as(name).isFalse();
		}
		assertThat(SubmissionFiles.isSafeName("Lab02_Traffic_学号.zap17")).isTrue();
	}

	@Test
	void acceptsUtf8TextAndRefusesBinaryCalledText() {
		assertThat(files().check(List.of(file("记录.txt", "交通灯测试记录".getBytes(StandardCharsets.UTF_8)))))
			.hasSize(1);
		assertThatExceptionOfType(SubmissionRefused.class)
			.isThrownBy(() -> files().check(List.of(file("a.txt", new byte[] { 'M', 'Z', 0, 1 }))))
			.satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("learning.refused.fileType"));
	}

	@Test
	void storesUnderAGeneratedNameInsideTheSubmissionsFolder() throws Exception {
		SubmittedFile stored = files().store(42, 0, file("../../evil.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }));

		Path path = files().path(42, stored);
		assertThat(path.startsWith(dir.toAbsolutePath().resolve("42"))).isTrue();
		assertThat(stored.getStoredName()).matches("1-[0-9a-f-]{36}\\.png");
		assertThat(Files.size(path)).isEqualTo(4);
		assertThat(stored.getSha256()).hasSize(64);
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("files", name, "application/octet-stream", content);
	}

}
