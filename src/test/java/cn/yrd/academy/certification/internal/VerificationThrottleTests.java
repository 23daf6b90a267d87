package cn.yrd.academy.certification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerificationThrottleTests {

	@Test
	void aClientOverItsRateIsRefusedWhileOthersGoOn() {
		VerificationThrottle throttle = new VerificationThrottle(3, 100);

		for (int i = 0; i < 3; i++) {
			assertThat(throttle.tryVerify("203.0.113.7")).isTrue();
		}
		assertThat(throttle.tryVerify("203.0.113.7")).isFalse();
		assertThat(throttle.tryVerify("198.51.100.1")).isTrue();
	}

}
