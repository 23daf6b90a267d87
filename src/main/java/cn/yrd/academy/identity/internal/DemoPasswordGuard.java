package cn.yrd.academy.identity.internal;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Stops a production start while the demo password still opens an account.
 * <p>
 * Every password form of the application rejects the demo password, so only accounts seeded by
 * {@link DemoCluster} can carry it; those are marked as demo accounts, and checking them alone is
 * enough. Changing the password clears the mark. A disabled account still counts: re-enabling it
 * later would open it again without another check.
 */
@Component
@Profile("prod")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DemoPasswordGuard implements ApplicationRunner {

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Environment environment;

	public DemoPasswordGuard(UserAccountRepository users, PasswordEncoder passwordEncoder, Environment environment) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (environment.matchesProfiles("demo")) {
			throw new IllegalStateException("Profiles 'prod' and 'demo' are both active. The demo profile seeds "
					+ "accounts with a public password; start production with 'prod' alone.");
		}
		List<String> exposed = users.findByDemoAccountTrue()
			.stream()
			.filter(account -> passwordEncoder.matches(PasswordPolicy.DEMO_PASSWORD, account.getPasswordHash()))
			.map(UserAccount::getUsername)
			.sorted()
			.toList();
		if (!exposed.isEmpty()) {
			throw new IllegalStateException("Refusing to start with profile 'prod': demo account(s) " + exposed
					+ " still have the public demo password. Change their passwords or delete these accounts, "
					+ "then start again.");
		}
	}

}
