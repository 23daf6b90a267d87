package cn.yrd.academy.identity.internal;

import java.time.Clock;

import cn.yrd.academy.identity.AuditEventType;
import cn.yrd.academy.identity.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins, locks accounts after too many, and records every login and logout in the audit log.
 */
@Component
class LoginAttempts {

	private final UserAccountRepository users;

	private final AuditLog auditLog;

	private final IdentityProperties properties;

	private final Clock clock;

	LoginAttempts(UserAccountRepository users, AuditLog auditLog, IdentityProperties properties, Clock clock) {
		this.users = users;
		this.auditLog = auditLog;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		users.lockByUsername(username).ifPresent(user -> user.recordSuccessfulLogin(clock.instant()));
		auditLog.record(AuditEventType.LOGIN_SUCCEEDED, username, username, null);
	}

	@EventListener
	public void onLogout(LogoutSuccessEvent event) {
		String username = event.getAuthentication().getName();
		auditLog.record(AuditEventType.LOGOUT, username, username, null);
	}

	@EventListener
	@Transactional
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		String reason = event.getException().getClass().getSimpleName();
		auditLog.record(AuditEventType.LOGIN_FAILED, null, username, reason);
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			// A locked row: concurrent failures of one account are all counted.
			users.lockByUsername(username).ifPresent(user -> {
				IdentityProperties.Lockout lockout = properties.lockout();
				if (user.recordFailedLogin(clock.instant(), lockout.maxFailedAttempts(), lockout.duration())) {
					auditLog.record(AuditEventType.ACCOUNT_LOCKED, null, username,
							lockout.maxFailedAttempts() + " failed logins");
				}
			});
		}
	}

}
