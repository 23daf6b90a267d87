package cn.yrd.academy.learning.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks submitted files and keeps them on disk. A file's name is never used as a path: it is stored under a
 * generated name, and its extension must match what its first bytes say it is.
 */
@Component
public class SubmissionFiles {

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final Map<String, String> CONTENT_TYPES = Map.of("pdf", "application/pdf", "png", "image/png",
			"jpg", "image/jpeg", "jpeg", "image/jpeg", "txt", "text/plain;charset=UTF-8", "zip", "application/zip");

	private final LearningProperties properties;

	public SubmissionFiles(LearningProperties properties) {
		this.properties = properties;
	}

	/**
	 * @throws SubmissionRefused for too many files, an unsafe name, a type not accepted, an oversized or empty file
	 */
	List<MultipartFile> check(List<MultipartFile> uploads) {
		List<MultipartFile> files = uploads == null ? List.of()
				: uploads.stream().filter(file -> !(file.isEmpty() && isBlank(file.getOriginalFilename()))).toList();
		if (files.size() > properties.maxFiles()) {
			throw new SubmissionRefused("learning.refused.tooManyFiles", properties.maxFiles());
		}
		files.forEach(this::checkOne);
		return files;
	}

	private void checkOne(MultipartFile file) {
		String name = file.getOriginalFilename();
		if (!isSafeName(name)) {
			throw new SubmissionRefused("learning.refused.fileName");
		}
		String extension = extension(name);
		if (!properties.extensions().contains(extension)) {
			throw new SubmissionRefused("learning.refused.fileType", name, String.join(", ", properties.extensions()));
		}
		if (file.getSize() > properties.maxFileSize().toBytes()) {
			throw new SubmissionRefused("learning.refused.fileSize", name, properties.maxFileSize().toMegabytes());
		}
		if (file.isEmpty()) {
			throw new SubmissionRefused("learning.refused.fileEmpty", name);
		}
		if (!looksLike(extension, file)) {
			throw new SubmissionRefused("learning.refused.fileType", name, String.join(", ", properties.extensions()));
		}
	}

	/** A plain file name: no folders, no parent references, no drive letters, no control characters. */
	static boolean isSafeName(String name) {
		if (isBlank(name) || name.length() > 200) {
			return false;
		}
		if (name.contains("/") || name.contains("\\") || name.contains("..") || name.contains(":")
				|| name.startsWith(".") || name.startsWith("~")) {
			return false;
		}
		return name.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static boolean looksLike(String extension, MultipartFile file) {
		byte[] head = head(file, "txt".equals(extension) ? (int) Math.min(file.getSize(), 64 * 1024) : 8);
		return switch (extension) {
			case "pdf" -> startsWith(head, PDF);
			case "png" -> startsWith(head, PNG);
			case "jpg", "jpeg" -> startsWith(head, JPEG);
			case "txt" -> isText(head);
			// zip and the project archives of engineering tools (TIA Portal's .zap17 and kin) are zip files
			default -> startsWith(head, ZIP);
		};
	}

	private static byte[] head(MultipartFile file, int length) {
		try (InputStream in = file.getInputStream()) {
			return in.readNBytes(length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
	}

	private static boolean isText(byte[] head) {
		for (byte b : head) {
			if (b == 0) {
				return false;
			}
		}
		try {
			// a multi-byte character cut at the end of the sample is still text
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(head, 0, Math.max(0, head.length - 3)));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** Copies the checked file into the submission's folder under a generated name, with its SHA-256. */
	SubmittedFile store(long submissionId, int position, MultipartFile file) {
		String extension = extension(file.getOriginalFilename());
		String storedName = (position + 1) + "-" + UUID.randomUUID() + "." + extension;
		Path target = folder(submissionId).resolve(storedName);
		try {
			Files.createDirectories(target.getParent());
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			long size;
			try (InputStream in = new DigestInputStream(file.getInputStream(), sha256)) {
				size = Files.copy(in, target);
			}
			return new SubmittedFile(storedName, file.getOriginalFilename(),
					CONTENT_TYPES.getOrDefault(extension, "application/zip"), size,
					HexFormat.of().formatHex(sha256.digest()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Path folder(long submissionId) {
		return properties.submissionsDir().toAbsolutePath().normalize().resolve(Long.toString(submissionId));
	}

	/** The stored file; its name was generated by {@link #store}, so it cannot leave the submission's folder. */
	public Path path(long submissionId, SubmittedFile file) {
		return folder(submissionId).resolve(file.getStoredName());
	}

	void discard(long submissionId) {
		try {
			FileSystemUtils.deleteRecursively(folder(submissionId));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
