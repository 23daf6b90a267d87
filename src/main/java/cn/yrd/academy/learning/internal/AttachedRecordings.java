package cn.yrd.academy.learning.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.yrd.academy.remote.RecordedSession;
import cn.yrd.academy.remote.SessionRecordings;
import org.springframework.stereotype.Component;

/**
 * Checks the session recordings a student attaches to a submission: only their own, of this exercise, still kept.
 */
@Component
public class AttachedRecordings {

	public static final int MAX_RECORDINGS = 10;

	private final SessionRecordings recordings;

	AttachedRecordings(SessionRecordings recordings) {
		this.recordings = recordings;
	}

	/** The recordings the student may attach to a submission for the exercise, newest first. */
	public List<RecordedSession> available(long studentId, String courseCode, String labSlug) {
		return recordings.forLab(studentId, courseCode, labSlug);
	}

	/**
	 * The chosen ids without repeats, in the order given.
	 *
	 * @throws SubmissionRefused for more than {@value #MAX_RECORDINGS} or any id not among {@link #available}
	 */
	List<Long> check(long studentId, String courseCode, String labSlug, List<Long> chosen) {
		List<Long> ids = chosen == null ? List.of()
				: List.copyOf(chosen.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new)));
		if (ids.isEmpty()) {
			return ids;
		}
		if (ids.size() > MAX_RECORDINGS) {
			throw new SubmissionRefused("learning.refused.tooManyRecordings", MAX_RECORDINGS);
		}
		Set<Long> allowed = available(studentId, courseCode, labSlug).stream().map(RecordedSession::sessionId)
			.collect(Collectors.toSet());
		if (!allowed.containsAll(ids)) {
			throw new SubmissionRefused("learning.refused.recording");
		}
		return ids;
	}

}
