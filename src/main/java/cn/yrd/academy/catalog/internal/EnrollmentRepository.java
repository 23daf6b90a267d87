package cn.yrd.academy.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

	Optional<Enrollment> findByUserIdAndCourseId(long userId, Long courseId);

	@EntityGraph(attributePaths = "course")
	List<Enrollment> findByUserIdOrderByEnrolledAtDesc(long userId);

}
