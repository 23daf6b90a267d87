package cn.yrd.academy.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginThrottleTests {

	@Test
	void allowsTheConfiguredAttemptsPerMinuteThenRefusesThatAddress() {
		LoginThrottle throttle = new LoginThrottle(5, 100);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(throttle.tryAttempt("10.0.0.1")).as("attempt %d", attempt).isTrue();
		}
		assertThat(throttle.tryAttempt("10.0.0.1")).isFalse();
		assertThat(throttle.tryAttempt("10.0.0.1")).isFalse();
	}

	@Test
	void otherAddressesKeepTheirOwnAttempts() {
		LoginThrottle throttle = new LoginThrottle(3, 100);
		for (int attempt = 0; attempt < 10; attempt++) {
			throttle.tryAttempt("10.0.0.1");
		}
		assertThat(throttle.tryAttempt("10.0.0.1")).isFalse();
		for (int attempt = 1; attempt <= 3; attempt++) {
			assertThat(throttle.tryAttempt("10.0.0.2")).as("attempt %d", attempt).isTrue();
			assertThat(throttle.tryAttempt("2001:db8::7")).as("attempt %d", attempt).isTrue();
		}
		assertThat(throttle.tryAttempt("10.0.0.2")).isFalse();
	}

	@Test
	void floodFromManyAddressesRemembersAtMostTheTrackedClients() {
		LoginThrottle throttle = new LoginThrottle(20, 1000);
		for (int client = 0; client < 100_000; client++) {
			assertThat(throttle.tryAttempt(address(client))).isTrue();
		}
		assertThat(throttle.trackedClients()).isLessThanOrEqualTo(1000);
	}

	private static String address(int client) {
		return "10." + (client >> 16 & 0xff) + "." + (client >> 8 & 0xff) + "." + (client & 0xff);
	}

}
