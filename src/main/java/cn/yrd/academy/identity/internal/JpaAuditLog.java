package cn.yrd.academy.identity.internal;

import java.time.Clock;

import cn.yrd.academy.identity.AuditEventType;
import cn.yrd.academy.identity.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit events in their own transaction, so a failed login is recorded even though
 * the authentication that noticed it fails.
 */
@Service
class JpaAuditLog implements AuditLog {

	private static final int MAX_DETAILS = 500;

	private final AuditEventRepository events;

	private final Clock clock;

	JpaAuditLog(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(AuditEventType type, String actor, String subject, String details) {
		events.save(new AuditEvent(clock.instant(), type, truncate(actor, 32), truncate(subject, 120),
				currentClientAddress(), truncate(details, MAX_DETAILS)));
	}

	private static String currentClientAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
