package cn.yrd.academy.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login protection and API token settings.
 *
 * @param lockout how failed logins lock an account
 * @param loginThrottle how many login attempts one client may make
 * @param apiToken bearer tokens for scripts
 */
@ConfigurationProperties("academy.identity")
public record IdentityProperties(Lockout lockout, LoginThrottle loginThrottle, ApiTokenSettings apiToken) {

	/**
	 * @param maxFailedAttempts consecutive failed logins that lock an account
	 * @param duration how long a locked account stays locked
	 */
	public record Lockout(int maxFailedAttempts, Duration duration) {
	}

	/**
	 * @param attemptsPerMinute login attempts allowed per client address and minute
	 * @param trackedClients most client addresses remembered at once, so a flood cannot exhaust memory
	 */
	public record LoginThrottle(int attemptsPerMinute, int trackedClients) {
	}

	/**
	 * @param validity how long an issued token stays valid
	 */
	public record ApiTokenSettings(Duration validity) {
	}

}
