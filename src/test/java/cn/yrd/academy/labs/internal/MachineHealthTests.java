package cn.yrd.academy.labs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import cn.yrd.academy.labs.internal.MachineHealth.Transition;
import org.junit.jupiter.api.Test;

/**
 * The status rules of the machine health check, with plain objects and explicit times.
 */
class MachineHealthTests {

	private static final int FAILURES_BEFORE_OFFLINE = 2;

	private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

	@Test
	void aFirstAnswerMakesANewMachineOnline() {
		MachineHealth health = MachineHealth.first(7, HealthCheck.answered(T0));

		assertThat(health.status()).isEqualTo(HealthStatus.ONLINE);
		assertThat(health.since()).isEqualTo(T0);
		assertThat(health.consecutiveFailures()).isZero();
	}

	@Test
	void aMachineThatNeverAnsweredStaysUnreachedHoweverOftenItFails() {
		MachineHealth health = MachineHealth.first(7, HealthCheck.failed(T0, "Connection refused"));
		assertThat(health.status()).isEqualTo(HealthStatus.UNREACHED);

		for (int minute = 1; minute <= 10; minute++) {
			MachineHealth next = health.after(HealthCheck.failed(at(minute), "Connection refused"),
					FAILURES_BEFORE_OFFLINE);
			assertThat(health.transitionTo(next)).isEqualTo(Transition.NONE);
			health = next;
		}
		assertThat(health.status()).isEqualTo(HealthStatus.UNREACHED);
		assertThat(health.since()).as("unchanged since the first check").isEqualTo(T0);
		assertThat(health.consecutiveFailures()).isEqualTo(11);
		assertThat(health.lastError()).isEqualTo("Connection refused");
	}

	@Test
	void aMachineBeingSetUpThatAnswersBecomesOnlineWithoutAlerting() {
		MachineHealth unreached = MachineHealth.first(7, HealthCheck.failed(T0, "timeout"));
		MachineHealth online = unreached.after(HealthCheck.answered(at(1)), FAILURES_BEFORE_OFFLINE);

		assertThat(online.status()).isEqualTo(HealthStatus.ONLINE);
		assertThat(online.since()).isEqualTo(at(1));
		assertThat(unreached.transitionTo(online)).isEqualTo(Transition.RECORDED);
	}

	@Test
	void oneFailedCheckKeepsAnOnlineMachineOnline() {
		MachineHealth online = MachineHealth.first(7, HealthCheck.answered(T0));
		MachineHealth once = online.after(HealthCheck.failed(at(1), "Connection refused"), FAILURES_BEFORE_OFFLINE);

		assertThat(once.status()).isEqualTo(HealthStatus.ONLINE);
		assertThat(once.since()).isEqualTo(T0);
		assertThat(once.consecutiveFailures()).isEqualTo(1);
		assertThat(online.transitionTo(once)).isEqualTo(Transition.NONE);
	}

	@Test
	void theConfiguredFailuresInARowTakeAnOnlineMachineOffline() {
		MachineHealth once = MachineHealth.first(7, HealthCheck.answered(T0))
			.after(HealthCheck.failed(at(1), "Connection refused"), FAILURES_BEFORE_OFFLINE);
		MachineHealth twice = once.after(HealthCheck.failed(at(2), "no answer within 2000 ms"), FAILURES_BEFORE_OFFLINE);

		assertThat(twice.status()).isEqualTo(HealthStatus.OFFLINE);
		assertThat(twice.since()).isEqualTo(at(2));
		assertThat(twice.lastError()).isEqualTo("no answer within 2000 ms");
		assertThat(once.transitionTo(twice)).isEqualTo(Transition.WENT_OFFLINE);

		MachineHealth still = twice.after(HealthCheck.failed(at(3), "Connection refused"), FAILURES_BEFORE_OFFLINE);
		assertThat(still.status()).isEqualTo(HealthStatus.OFFLINE);
		assertThat(still.since()).as("offline since it went offline").isEqualTo(at(2));
		assertThat(twice.transitionTo(still)).as("staying offline withdraws nothing again").isEqualTo(Transition.NONE);
	}

	@Test
	void anAnswerBetweenFailuresStartsTheCountAgain() {
		MachineHealth health = MachineHealth.first(7, HealthCheck.answered(T0))
			.after(HealthCheck.failed(at(1), "refused"), FAILURES_BEFORE_OFFLINE)
			.after(HealthCheck.answered(at(2)), FAILURES_BEFORE_OFFLINE)
			.after(HealthCheck.failed(at(3), "refused"), FAILURES_BEFORE_OFFLINE);

		assertThat(health.status()).isEqualTo(HealthStatus.ONLINE);
		assertThat(health.since()).as("online all along").isEqualTo(T0);
		assertThat(health.consecutiveFailures()).isEqualTo(1);
	}

	@Test
	void oneAnswerBringsAnOfflineMachineBackOnline() {
		MachineHealth offline = new MachineHealth(7, HealthStatus.OFFLINE, T0, at(5), "refused", 5);
		MachineHealth back = offline.after(HealthCheck.answered(at(6)), FAILURES_BEFORE_OFFLINE);

		assertThat(back.status()).isEqualTo(HealthStatus.ONLINE);
		assertThat(back.since()).isEqualTo(at(6));
		assertThat(back.consecutiveFailures()).isZero();
		assertThat(back.lastError()).isEmpty();
		assertThat(offline.transitionTo(back)).isEqualTo(Transition.BACK_ONLINE);
	}

	@Test
	void aThresholdOfOneTakesAMachineOfflineAtTheFirstFailure() {
		MachineHealth online = MachineHealth.first(7, HealthCheck.answered(T0));
		MachineHealth next = online.after(HealthCheck.failed(at(1), "refused"), 1);

		assertThat(online.transitionTo(next)).isEqualTo(Transition.WENT_OFFLINE);
	}

	private static Instant at(int minutes) {
		return T0.plus(Duration.ofMinutes(minutes));
	}

}
