package cn.yrd.academy.remote.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.yrd.academy.identity.AuditEventType;
import cn.yrd.academy.identity.AuditLog;
import cn.yrd.academy.scheduling.RecurringJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Recurring job {@code recording-retention} (scheduler/jobs.yaml): deletes recordings of sessions that started
 * more than {@code academy.remote.recording-retention} ago and marks them deleted on the session, which stays
 * as the record of the session. A file already gone counts as deleted; one that cannot be deleted is logged
 * and tried again on the next run.
 */
@Component
class RecordingRetention implements RecurringJob {

	private static final Logger log = LoggerFactory.getLogger(RecordingRetention.class);

	private final RemoteSessionRepository sessions;

	private final RecordingFolder folder;

	private final RemoteProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	RecordingRetention(RemoteSessionRepository sessions, RecordingFolder folder, RemoteProperties properties,
			AuditLog audit, Clock clock) {
		this.sessions = sessions;
		this.folder = folder;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "recording-retention";
	}

	@Override
	public void run() {
		int deleted = purge();
		if (deleted > 0) {
			log.info("Recording retention: {} recordings deleted", deleted);
			audit.record(AuditEventType.REMOTE_RECORDING_DELETED, null, null,
					deleted + " recordings older than " + properties.recordingRetention().toDays() + " days");
		}
	}

	/** Deletes what is past keeping, in batches; returns how many recordings were deleted. */
	int purge() {
		Instant now = clock.instant();
		Instant before = now.minus(properties.recordingRetention());
		int total = 0;
		List<RemoteSession> batch;
		do {
			batch = sessions
				.findTop500ByRecordingPathIsNotNullAndRecordingDeletedAtIsNullAndStartedAtBeforeOrderByStartedAt(before);
			int deleted = 0;
			for (RemoteSession session : batch) {
				if (delete(session)) {
					session.recordingDeleted(now);
					sessions.save(session);
					deleted++;
				}
			}
			total += deleted;
			if (deleted < batch.size()) {
				break;
			}
		}
		while (batch.size() == 500);
		return total;
	}

	private boolean delete(RemoteSession session) {
		try {
			Path file = folder.file(session.getRecordingPath()).orElse(null);
			if (file != null) {
				Files.deleteIfExists(file);
				removeIfEmpty(file.getParent());
			}
			return true;
		}
		catch (IOException ex) {
			log.warn("Could not delete the recording of remote session {}: {}", session.getId(), ex.toString());
			return false;
		}
	}

	/** The day's folder goes with its last recording, so old years do not leave empty trees behind. */
	private static void removeIfEmpty(Path day) throws IOException {
		try (var children = Files.list(day)) {
			if (children.findAny().isEmpty()) {
				Files.deleteIfExists(day);
			}
		}
	}

}
