package cn.yrd.academy.catalog.internal;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Finds a lab exercise of a course's latest published version in one query; booking asks this on every request.
 */
interface LabExerciseRepository extends Repository<LabExercise, Long> {

	/** Rows of {@code [LabExercise, CourseVersion]}, the version's course fetched; empty or one row. */
	@Query("""
			select lab, v from LabExercise lab join lab.module m join m.courseVersion v join fetch v.course c
			where c.code = ?1 and lab.slug = ?2
			and v.status = cn.yrd.academy.catalog.internal.CourseVersion.Status.PUBLISHED
			and v.number = (select max(latest.number) from CourseVersion latest where latest.course = c
				and latest.status = cn.yrd.academy.catalog.internal.CourseVersion.Status.PUBLISHED)""")
	List<Object[]> findPublished(String courseCode, String labSlug);

}
