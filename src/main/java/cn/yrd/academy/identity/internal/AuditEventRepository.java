package cn.yrd.academy.identity.internal;

import java.time.Instant;

import cn.yrd.academy.identity.AuditEventType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

	@Query("""
			select e from AuditEvent e
			where (:type is null or e.type = :type)
			  and (:username is null or e.actor = :username or e.subject = :username)
			  and (:from is null or e.occurredAt >= :from)
			  and (:to is null or e.occurredAt < :to)
			""")
	Page<AuditEvent> search(AuditEventType type, String username, Instant from, Instant to, Pageable pageable);

}
