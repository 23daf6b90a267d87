package cn.yrd.academy.remote;

import java.util.List;

/**
 * A student's kept session recordings, for the modules that let them point at one (a lab submission).
 */
public interface SessionRecordings {

	/**
	 * The user's own sessions on bookings for the exercise whose recording is still kept, newest first.
	 */
	List<RecordedSession> forLab(long userId, String courseCode, String labSlug);

}
