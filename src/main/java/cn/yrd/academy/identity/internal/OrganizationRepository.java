package cn.yrd.academy.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

	Optional<Organization> findByCode(String code);

	boolean existsByCode(String code);

	boolean existsByNameZh(String nameZh);

	Optional<Organization> findByNameZh(String nameZh);

	List<Organization> findByStatusOrderByProvinceAscNameZhAsc(Organization.Status status);

	List<Organization> findAllByOrderByProvinceAscNameZhAsc();

	long countByStatus(Organization.Status status);

}
