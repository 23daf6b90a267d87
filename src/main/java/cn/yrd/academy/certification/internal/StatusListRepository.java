package cn.yrd.academy.certification.internal;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StatusListRepository extends JpaRepository<StatusList, Long> {

	Optional<StatusList> findByOrganizationCodeAndListNumber(String organizationCode, int listNumber);

	/**
	 * Creates the list unless it exists, without failing when a concurrent first issuance created it first.
	 */
	@Modifying
	@Query(value = "INSERT IGNORE INTO credential_status_lists (organization_code, list_number, bits, next_index, "
			+ "updated_at, version) VALUES (:code, :list, :bits, 0, :now, 0)", nativeQuery = true)
	int createIfAbsent(@Param("code") String organizationCode, @Param("list") int listNumber, @Param("bits") byte[] bits,
			@Param("now") Instant now);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<StatusList> findForUpdateByOrganizationCodeAndListNumber(String organizationCode, int listNumber);

	boolean existsByOrganizationCodeAndListNumber(String organizationCode, int listNumber);

}
