package cn.yrd.academy.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingBaseRepository extends JpaRepository<TrainingBase, Long> {

	Optional<TrainingBase> findByCode(String code);

	boolean existsByCode(String code);

	@EntityGraph(attributePaths = "organization")
	Optional<TrainingBase> findWithOrganizationById(Long id);

	@EntityGraph(attributePaths = "organization")
	List<TrainingBase> findAllByOrderByProvinceAscNameZhAsc();

	@EntityGraph(attributePaths = "organization")
	List<TrainingBase> findByOrganizationIdOrderByNameZhAsc(Long organizationId);

}
