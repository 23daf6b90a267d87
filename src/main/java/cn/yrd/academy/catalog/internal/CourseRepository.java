package cn.yrd.academy.catalog.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CourseRepository extends JpaRepository<Course, Long> {

	Optional<Course> findByCode(String code);

	/** Loads a course for a change of its versions; concurrent edits of one course wait for each other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Course c where c.code = :code")
	Optional<Course> lockByCode(String code);

}
