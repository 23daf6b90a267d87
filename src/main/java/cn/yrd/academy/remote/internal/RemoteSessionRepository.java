package cn.yrd.academy.remote.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RemoteSessionRepository extends JpaRepository<RemoteSession, Long> {

	List<RemoteSession> findByBookingIdOrderByStartedAt(long bookingId);

	/** The user's sessions whose recording is still kept, newest first. */
	List<RemoteSession> findByUserIdAndRecordingPathIsNotNullAndRecordingDeletedAtIsNullOrderByStartedAtDesc(
			long userId);

	/** Sessions connected through guacd and not ended: the live ones. */
	List<RemoteSession> findByEndedAtIsNullAndConnectionIdIsNotNullOrderByStartedAt();

	List<RemoteSession> findTop200ByEndedAtIsNotNullAndStartedAtAfterOrderByStartedAtDesc(Instant after);

	/** Kept recordings of sessions started before the time, oldest first. */
	List<RemoteSession> findTop500ByRecordingPathIsNotNullAndRecordingDeletedAtIsNullAndStartedAtBeforeOrderByStartedAt(
			Instant before);

}
