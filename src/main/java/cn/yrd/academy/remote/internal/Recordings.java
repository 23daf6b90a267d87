package cn.yrd.academy.remote.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.labs.LabImage;
import cn.yrd.academy.labs.LabImages;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.LabMachines;
import org.springframework.stereotype.Service;

/**
 * guacd's session recordings: whether a machine's sessions are recorded (its lab image decides, default yes),
 * where, and who may replay them ({@link SessionAccess#mayReplay}).
 */
@Service
public class Recordings {

	private final RecordingFolder folder;

	private final RemoteSessionRepository sessions;

	private final SessionAccess access;

	private final LabMachines machines;

	private final LabImages images;

	Recordings(RecordingFolder folder, RemoteSessionRepository sessions, SessionAccess access, LabMachines machines,
			LabImages images) {
		this.folder = folder;
		this.sessions = sessions;
		this.access = access;
		this.machines = machines;
		this.images = images;
	}

	/** Where guacd is to record the session, unless the machine's image turns recording off. */
	Optional<RecordingFolder.Target> target(long sessionId, long machineId) {
		boolean recorded = machines.find(machineId).map(LabMachine::imageCode).flatMap(images::find)
			.map(LabImage::recording).orElse(true);
		return recorded ? Optional.of(folder.prepare(sessionId)) : Optional.empty();
	}

	/** The session, if the user may replay it; refused as not allowed or not found otherwise. */
	public RemoteSession replayable(AcademyUser user, long sessionId) {
		RemoteSession session = sessions.findById(sessionId)
			.orElseThrow(() -> new RemoteRefused(RemoteRefusal.SESSION_NOT_FOUND));
		if (!access.mayReplay(user, session)) {
			throw new RemoteRefused(RemoteRefusal.NOT_ALLOWED);
		}
		return session;
	}

	/** The recording's file, if the user may replay it and it is still kept. */
	public Path file(AcademyUser user, long sessionId) {
		RemoteSession session = replayable(user, sessionId);
		return folder.file(session.hasRecording() ? session.getRecordingPath() : null).filter(Files::isRegularFile)
			.orElseThrow(() -> new RemoteRefused(RemoteRefusal.RECORDING_NOT_FOUND));
	}

	/** The booking's sessions the user may replay, oldest first. */
	public List<RemoteSession> ofBooking(AcademyUser user, long bookingId) {
		return sessions.findByBookingIdOrderByStartedAt(bookingId).stream()
			.filter(session -> access.mayReplay(user, session)).toList();
	}

}
