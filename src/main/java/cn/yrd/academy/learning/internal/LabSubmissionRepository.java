package cn.yrd.academy.learning.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LabSubmissionRepository extends JpaRepository<LabSubmission, Long> {

	List<LabSubmission> findByUserIdOrderBySubmittedAtDesc(long userId);

	List<LabSubmission> findByUserIdAndCourseCodeAndLabSlugOrderByAttemptDesc(long userId, String courseCode,
			String labSlug);

	List<LabSubmission> findByUserIdAndStatusOrderByGradedAtAsc(long userId, LabSubmission.Status status);

	List<LabSubmission> findByStatusAndCourseCodeInOrderBySubmittedAtAsc(LabSubmission.Status status,
			Collection<String> courseCodes);

}
