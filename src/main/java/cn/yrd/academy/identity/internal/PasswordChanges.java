package cn.yrd.academy.identity.internal;

import cn.yrd.academy.identity.AuditEventType;
import cn.yrd.academy.identity.AuditLog;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in user changes their own password; the current one must be given again, and the
 * account's API tokens stop working.
 */
@Service
public class PasswordChanges {

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final ApiTokenRepository tokens;

	private final AuditLog auditLog;

	PasswordChanges(UserAccountRepository users, PasswordEncoder passwordEncoder, ApiTokenRepository tokens,
			AuditLog auditLog) {
		this.users = users;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
	}

	@Transactional
	public void change(long userId, String currentPassword, String newPassword) {
		UserAccount user = users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			throw new FieldRejected("currentPassword", "account.password.wrongCurrent");
		}
		PasswordPolicy.violation(user.getUsername(), newPassword).ifPresent(key -> {
			throw new FieldRejected("newPassword", key);
		});
		user.changePassword(passwordEncoder.encode(newPassword));
		// Scripts holding a token made with the old password must sign in again.
		tokens.deleteByUserId(userId);
		auditLog.record(AuditEventType.PASSWORD_CHANGED, user.getUsername(), user.getUsername(), null);
	}

}
