package cn.yrd.academy.certification.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SigningKeyRepository extends JpaRepository<SigningKey, Long> {

	List<SigningKey> findByOrganizationCodeOrderByCreatedAtAsc(String organizationCode);

	Optional<SigningKey> findByActiveSlot(String organizationCode);

	Optional<SigningKey> findByOrganizationCodeAndKid(String organizationCode, String kid);

}
