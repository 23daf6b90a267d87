package cn.yrd.academy.identity.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	@EntityGraph(attributePaths = { "user", "user.organization", "user.trainingBase" })
	Optional<ApiToken> findByTokenHash(String tokenHash);

	@Modifying
	@Query("delete from ApiToken t where t.expiresAt < :now")
	int deleteExpired(Instant now);

	@Modifying
	@Query("delete from ApiToken t where t.user.id = :userId")
	int deleteByUserId(Long userId);

}
