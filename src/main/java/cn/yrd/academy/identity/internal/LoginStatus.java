package cn.yrd.academy.identity.internal;

import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the login pages need to know about an account beyond its credentials.
 */
@Service
public class LoginStatus {

	private final UserAccountRepository users;

	LoginStatus(UserAccountRepository users) {
		this.users = users;
	}

	@Transactional(readOnly = true)
	public boolean isAwaitingApproval(String username) {
		return username != null && users.findByUsername(username)
			.filter(user -> user.getApproval() == UserAccount.Approval.PENDING)
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
