package cn.yrd.academy.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.UserContact;
import cn.yrd.academy.identity.UserDirectory;
import cn.yrd.academy.identity.UserSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaUserDirectory implements UserDirectory {

	private final UserAccountRepository users;

	JpaUserDirectory(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	public Map<Long, UserSummary> summaries(Collection<Long> ids) {
		return users.findAllById(ids).stream()
			.collect(Collectors.toMap(UserAccount::getId, user -> new UserSummary(user.getId(), user.getUsername(),
					user.getDisplayName(), user.getOrganization().getId())));
	}

	@Override
	public Optional<UserContact> contact(long userId) {
		return users.findById(userId)
			.map(user -> new UserContact(user.getId(), user.getDisplayName(), user.getEmail(),
					Locale.forLanguageTag(user.getPreferredLocale()), user.isEnabled()));
	}

	@Override
	public List<Long> labAdminsOf(long baseId) {
		return users.findEnabledWithRoleAtBase(Role.LAB_ADMIN, baseId);
	}

	@Override
	public List<Long> withRoleIn(long organizationId, Role role) {
		return users.findEnabledWithRoleInOrganization(role, organizationId);
	}

}
