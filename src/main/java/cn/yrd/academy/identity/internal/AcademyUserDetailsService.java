package cn.yrd.academy.identity.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AcademyUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	private final Clock clock;

	AcademyUserDetailsService(UserAccountRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(username)
			.map(user -> user.toAcademyUser(clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
