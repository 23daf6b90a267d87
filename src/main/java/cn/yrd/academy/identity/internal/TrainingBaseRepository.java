package cn.yrd.academy.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TrainingBaseRepository extends JpaRepository<TrainingBase, Long> {

	Optional<TrainingBase> findByCode(String code);

	boolean existsByCode(String code);

	/** A query string rather than an entity graph, so Hibernate translates it once; booking asks it often. */
	@Query("select b from TrainingBase b join fetch b.organization where b.id = ?1")
	Optional<TrainingBase> findWithOrganizationById(Long id);

	@EntityGraph(attributePaths = "organization")
	List<TrainingBase> findAllByOrderByProvinceAscNameZhAsc();

	@EntityGraph(attributePaths = "organization")
	List<TrainingBase> findByOrganizationIdOrderByNameZhAsc(Long organizationId);

}
