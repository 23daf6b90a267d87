package cn.yrd.academy.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CourseVersionRepository extends JpaRepository<CourseVersion, Long> {

	Optional<CourseVersion> findFirstByCourseIdAndStatusOrderByNumberDesc(Long courseId, CourseVersion.Status status);

	@Query("select coalesce(max(v.number), 0) from CourseVersion v where v.course.id = :courseId")
	int lastNumber(Long courseId);

	@Query("""
			select v from CourseVersion v join fetch v.course c
			where v.status = cn.yrd.academy.catalog.internal.CourseVersion.Status.DRAFT
			  and c.ownerOrganizationId = :organizationId
			order by c.code
			""")
	List<CourseVersion> draftsOf(long organizationId);

}
