package cn.yrd.academy.identity.internal;

import java.time.Clock;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the login pages need to know about an account beyond its credentials.
 */
@Service
public class LoginStatus {

	private final UserAccountRepository users;

	private final Clock clock;

	LoginStatus(UserAccountRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean isAwaitingApproval(String username) {
		return username != null && users.findByUsername(username)
			.filter(user -> user.getApproval() == UserAccount.Approval.PENDING)
			.isPresent();
	}

	/** Whether the account is locked now, also when the failed login just counted has locked it. */
	@Transactional(readOnly = true)
	public boolean isLocked(String username) {
		return username != null && users.findByUsername(username)
			.filter(user -> user.isLocked(clock.instant()))
			.isPresent();
	}

	@Transactional(readOnly = true)
	public String preferredLocale(long userId) {
		return users.findById(userId).map(UserAccount::getPreferredLocale).orElse(null);
	}

	/** Keeps a signed-in user's language choice for their next visit. */
	@Transactional
	public void changePreferredLocale(long userId, Locale locale) {
		users.findById(userId).ifPresent(user -> user.changePreferredLocale(locale.toLanguageTag()));
	}

}
