package cn.yrd.academy.catalog.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

	Optional<Enrollment> findByUserIdAndCourseId(long userId, Long courseId);

	boolean existsByUserIdAndCourseCode(long userId, String courseCode);

	/** Enrolls once, even when the same request arrives twice at the same moment; 1 when newly enrolled. */
	@Modifying
	@Query(nativeQuery = true, value = "insert ignore into enrollments (user_id, course_id, enrolled_at) values (?1, ?2, ?3)")
	int enrollOnce(long userId, long courseId, Instant enrolledAt);

	@EntityGraph(attributePaths = "course")
	List<Enrollment> findByUserIdOrderByEnrolledAtDesc(long userId);

}
