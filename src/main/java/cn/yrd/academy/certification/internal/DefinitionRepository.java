package cn.yrd.academy.certification.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DefinitionRepository extends JpaRepository<CertificationDefinition, Long> {

	Optional<CertificationDefinition> findByCode(String code);

	List<CertificationDefinition> findByActiveTrueOrderByCode();

	List<CertificationDefinition> findAllByOrderByCode();

}
