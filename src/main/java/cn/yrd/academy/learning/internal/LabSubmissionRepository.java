package cn.yrd.academy.learning.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LabSubmissionRepository extends JpaRepository<LabSubmission, Long> {

	List<LabSubmission> findByUserIdOrderBySubmittedAtDesc(long userId);

	List<LabSubmission> findByUserIdAndCourseCodeAndLabSlugOrderByAttemptDesc(long userId, String courseCode,
			String labSlug);

	List<LabSubmission> findByUserIdAndStatusOrderByGradedAtAsc(long userId, LabSubmission.Status status);

	@Query("select distinct s.userId from LabSubmission s where s.status = :status and s.gradedAt >= :since")
	List<Long> usersWithStatusSince(@Param("status") LabSubmission.Status status, @Param("since") Instant since);

	List<LabSubmission> findByStatusAndCourseCodeInOrderBySubmittedAtAsc(LabSubmission.Status status,
			Collection<String> courseCodes);

}
