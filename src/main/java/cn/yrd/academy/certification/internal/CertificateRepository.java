package cn.yrd.academy.certification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import cn.yrd.academy.certification.CertificateStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

	Optional<Certificate> findByNumber(String number);

	Optional<Certificate> findByCredentialId(String credentialId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Certificate c where c.number = :number")
	Optional<Certificate> lockByNumber(@Param("number") String number);

	List<Certificate> findByUserIdOrderByRequestedAtDesc(long userId);

	List<Certificate> findByDefinitionIdAndUserIdOrderByRequestedAtDesc(Long definitionId, long userId);

	@Query("""
			select c from Certificate c where c.definition.issuerCode in :issuers
			and (:status is null or c.status = :status)
			and (:definition is null or c.definition.code = :definition)
			and (:text is null or c.number like concat('%', :text, '%') or c.holderName like concat('%', :text, '%'))
			order by c.requestedAt desc""")
	Page<Certificate> search(@Param("issuers") List<String> issuers, @Param("status") CertificateStatus status,
			@Param("definition") String definition, @Param("text") String text, Pageable page);

	/** Issued certificates whose end is before {@code until}, oldest end first. */
	List<Certificate> findByStatusAndValidUntilBeforeOrderByValidUntilAsc(CertificateStatus status, Instant until);

	/** Takes the lock that serializes evaluations of one student against one definition, until commit. */
	@Modifying
	@Query(value = "INSERT INTO certification_evaluation_locks (definition_id, user_id) VALUES (:definition, :user) "
			+ "ON DUPLICATE KEY UPDATE user_id = user_id", nativeQuery = true)
	int lockEvaluation(@Param("definition") long definitionId, @Param("user") long userId);

}
