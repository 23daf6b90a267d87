package cn.yrd.academy.notification.internal;

import java.time.Duration;

/**
 * How long to wait before the next attempt at an email: 1, 2, 4, 8 … minutes after the first, second, third …
 * failure, never more than 30 minutes, so a short mail server outage is bridged quickly and a long one is not
 * hammered.
 */
final class Backoff {

	static final Duration MAX = Duration.ofMinutes(30);

	private Backoff() {
	}

	/** The wait after the given number of failed attempts (at least 1). */
	static Duration after(int failedAttempts) {
		if (failedAttempts < 1) {
			throw new IllegalArgumentException("No failed attempt yet: " + failedAttempts);
		}
		// beyond 2^5 minutes the cap applies anyway; stopping here keeps the shift from overflowing
		int exponent = Math.min(failedAttempts - 1, 5);
		Duration wait = Duration.ofMinutes(1L << exponent);
		return wait.compareTo(MAX) > 0 ? MAX : wait;
	}

}
