package cn.yrd.academy.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTests {

	@Test
	void doublesTheWaitFromOneMinute() {
		assertThat(Backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(Backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(Backoff.after(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(Backoff.after(4)).isEqualTo(Duration.ofMinutes(8));
		assertThat(Backoff.after(5)).isEqualTo(Duration.ofMinutes(16));
	}

	@Test
	void neverWaitsLongerThanThirtyMinutes() {
		assertThat(Backoff.after(6)).isEqualTo(Duration.ofMinutes(30));
		assertThat(Backoff.after(7)).isEqualTo(Duration.ofMinutes(30));
		assertThat(Backoff.after(1000)).isEqualTo(Duration.ofMinutes(30));
		assertThat(Backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void refusesANumberOfFailuresBelowOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> Backoff.after(0));
	}

}
