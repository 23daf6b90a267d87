package cn.yrd.academy.learning.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.yrd.academy.catalog.LabExercises;
import cn.yrd.academy.identity.UserDirectory;
import cn.yrd.academy.identity.UserSummary;
import cn.yrd.academy.learning.internal.AttachedRecordings;
import cn.yrd.academy.learning.internal.LabSubmission;
import cn.yrd.academy.remote.RecordedSession;
import cn.yrd.academy.shared.text.Bilingual;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns submissions into what pages show, and refusals into translated text.
 */
@Component
class SubmissionViews {

	private final LabExercises labs;

	private final UserDirectory users;

	private final MessageSource messages;

	private final AttachedRecordings recordings;

	SubmissionViews(LabExercises labs, UserDirectory users, MessageSource messages, AttachedRecordings recordings) {
		this.labs = labs;
		this.users = users;
		this.messages = messages;
		this.recordings = recordings;
	}

	List<SubmissionView> of(List<LabSubmission> submissions) {
		Map<Long, UserSummary> names = users.summaries(submissions.stream().map(LabSubmission::getUserId).toList());
		return submissions.stream().map(s -> new SubmissionView(s, title(s),
				names.containsKey(s.getUserId()) ? names.get(s.getUserId()).displayName() : "")).toList();
	}

	SubmissionView of(LabSubmission submission) {
		return of(List.of(submission)).get(0);
	}

	/** The submission's recordings in the order the student chose them, each with its session if still kept. */
	List<LinkedRecording> recordings(LabSubmission submission) {
		if (submission.getRecordingIds().isEmpty()) {
			return List.of();
		}
		Map<Long, RecordedSession> kept = recordings
			.available(submission.getUserId(), submission.getCourseCode(), submission.getLabSlug()).stream()
			.collect(Collectors.toMap(RecordedSession::sessionId, Function.identity()));
		return submission.getRecordingIds().stream().map(id -> new LinkedRecording(id, kept.get(id))).toList();
	}

	private Bilingual title(LabSubmission s) {
		return labs.rubric(s.getCourseCode(), s.getLabSlug()).map(r -> r.title())
			.orElse(new Bilingual(s.getLabSlug(), s.getLabSlug()));
	}

	String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
