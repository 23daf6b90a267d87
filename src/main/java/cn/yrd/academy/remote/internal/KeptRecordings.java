package cn.yrd.academy.remote.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.yrd.academy.booking.LabBooking;
import cn.yrd.academy.booking.LabBookings;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.LabMachines;
import cn.yrd.academy.remote.RecordedSession;
import cn.yrd.academy.remote.SessionRecordings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The student's kept recordings of one exercise: their sessions with a recording, matched to the exercise through
 * the booking each session ran on.
 */
@Service
@Transactional(readOnly = true)
class KeptRecordings implements SessionRecordings {

	private final RemoteSessionRepository sessions;

	private final LabBookings bookings;

	private final LabMachines machines;

	KeptRecordings(RemoteSessionRepository sessions, LabBookings bookings, LabMachines machines) {
		this.sessions = sessions;
		this.bookings = bookings;
		this.machines = machines;
	}

	@Override
	public List<RecordedSession> forLab(long userId, String courseCode, String labSlug) {
		List<RemoteSession> recorded = sessions
			.findByUserIdAndRecordingPathIsNotNullAndRecordingDeletedAtIsNullOrderByStartedAtDesc(userId);
		Map<Long, Boolean> ofLab = recorded.stream().map(RemoteSession::getBookingId).distinct()
			.collect(Collectors.toMap(Function.identity(), id -> bookings.find(id)
				.filter(booking -> isFor(booking, userId, courseCode, labSlug)).isPresent()));
		return recorded.stream().filter(session -> ofLab.get(session.getBookingId()))
			.map(session -> new RecordedSession(session.getId(), session.getStartedAt(), session.getEndedAt(),
					machines.find(session.getMachineId()).map(LabMachine::name).orElse("")))
			.toList();
	}

	private static boolean isFor(LabBooking booking, long userId, String courseCode, String labSlug) {
		return booking.userId() == userId && Objects.equals(booking.courseCode(), courseCode)
				&& Objects.equals(booking.labSlug(), labSlug);
	}

}
