package cn.yrd.academy.identity.internal;

import java.util.List;
import java.util.Optional;

import cn.yrd.academy.identity.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@EntityGraph(attributePaths = { "organization", "trainingBase" })
	Optional<UserAccount> findByUsername(String username);

	/** Loads an account for an update that must not race another login of the same account. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from UserAccount u where u.username = :username")
	Optional<UserAccount> lockByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByEmail(String email);

	List<UserAccount> findByDemoAccountTrue();

	@EntityGraph(attributePaths = "organization")
	List<UserAccount> findByApprovalOrderByCreatedAtAsc(UserAccount.Approval approval);

	@Query("select u.id from UserAccount u join u.roles r where r = :role and u.trainingBase.id = :baseId"
			+ " and u.enabled = true order by u.id")
	List<Long> findEnabledWithRoleAtBase(Role role, long baseId);

	@Query("select u.id from UserAccount u join u.roles r where r = :role and u.organization.id = :organizationId"
			+ " and u.enabled = true order by u.id")
	List<Long> findEnabledWithRoleInOrganization(Role role, long organizationId);

	long countByApproval(UserAccount.Approval approval);

	long countByOrganizationId(Long organizationId);

	@EntityGraph(attributePaths = "organization")
	@Query("""
			select u from UserAccount u
			where (:query is null or u.username like concat('%', :query, '%')
			       or u.displayName like concat('%', :query, '%') or u.email like concat('%', :query, '%'))
			  and (:organizationId is null or u.organization.id = :organizationId)
			""")
	Page<UserAccount> search(String query, Long organizationId, Pageable pageable);

}
