package cn.yrd.academy.learning.web;

import java.time.Instant;
import java.time.ZonedDateTime;

import cn.yrd.academy.learning.internal.LabSubmission;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.shared.time.ClockConfiguration;

/**
 * A submission with the names a page shows next to it, its times in Asia/Shanghai.
 */
record SubmissionView(LabSubmission submission, Bilingual labTitle, String studentName) {

	public ZonedDateTime submittedAt() {
		return local(submission.getSubmittedAt());
	}

	public ZonedDateTime gradedAt() {
		return local(submission.getGradedAt());
	}

	public String statusKey() {
		return "learning.status." + submission.getStatus();
	}

	public String resultKey() {
		return submission.isPassed() ? "learning.result.passed" : "learning.result.failed";
	}

	private static ZonedDateTime local(Instant instant) {
		return instant == null ? null : instant.atZone(ClockConfiguration.CLUSTER_ZONE);
	}

}
