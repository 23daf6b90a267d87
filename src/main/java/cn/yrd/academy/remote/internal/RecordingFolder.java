package cn.yrd.academy.remote.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import cn.yrd.academy.shared.time.ClockConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where guacd writes a session's recording: {@code <recordings-dir>/yyyy/MM/dd/session-<id>}, dated by the
 * cluster's day, so the retention job and an operator find old files by their folder. guacd's
 * {@code create-recording-path} makes only the last folder, so the month's folder is made here first.
 */
@Component
class RecordingFolder {

	private static final Logger log = LoggerFactory.getLogger(RecordingFolder.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	/**
	 * A recording guacd is to write.
	 *
	 * @param folder the day's folder, absolute, as guacd's {@code recording-path}
	 * @param name the file name, as guacd's {@code recording-name}
	 * @param relativePath what the session stores: the file below the recordings folder
	 */
	record Target(Path folder, String name, String relativePath) {
	}

	private final Path root;

	private final Clock clock;

	RecordingFolder(RemoteProperties properties, Clock clock) {
		this.root = properties.recordingsDir().toAbsolutePath().normalize();
		this.clock = clock;
	}

	/** Prepares the day's folder for the session's recording. */
	Target prepare(long sessionId) {
		String day = LocalDate.now(clock.withZone(ClockConfiguration.CLUSTER_ZONE)).format(DAY);
		Path folder = root.resolve(day);
		try {
			Files.createDirectories(folder.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the recordings folder " + folder.getParent(), ex);
		}
		String name = "session-" + sessionId;
		if (Files.exists(folder.resolve(name))) {
			// Only where the session ids started again (a test database reset): guacd would write name.1 instead.
			name = name + "-" + clock.millis();
			log.warn("A recording for session {} already exists; recording to {}", sessionId, name);
		}
		return new Target(folder, name, day + "/" + name);
	}

	/** The file of a stored recording path, if it lies inside the recordings folder. */
	Optional<Path> file(String relativePath) {
		if (relativePath == null) {
			return Optional.empty();
		}
		Path file = root.resolve(relativePath).normalize();
		return file.startsWith(root) ? Optional.of(file) : Optional.empty();
	}

}
