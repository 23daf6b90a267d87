package cn.yrd.academy.talent.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContactRequestRepository extends JpaRepository<ContactRequest, Long> {

	List<ContactRequest> findByProfileIdOrderByRequestedAtDesc(long profileId);

	List<ContactRequest> findByOrganizationIdOrderByRequestedAtDesc(long organizationId);

	Optional<ContactRequest> findFirstByProfileIdAndOrganizationIdAndStatus(long profileId, long organizationId,
			ContactRequest.Status status);

	boolean existsByProfileIdAndOrganizationIdAndStatusIn(long profileId, long organizationId,
			List<ContactRequest.Status> statuses);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from ContactRequest r where r.id = :id")
	Optional<ContactRequest> lockById(@Param("id") long id);

}
