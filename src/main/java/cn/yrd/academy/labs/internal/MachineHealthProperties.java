package cn.yrd.academy.labs.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the recurring job {@code machine-health} checks the lab machines ({@code academy.labs.health.*}).
 *
 * @param connectTimeout how long one TCP connection attempt may take before the machine counts as not answering
 * @param failuresBeforeOffline failed checks in a row (one a minute) that take an answering machine offline and
 * move or cancel its bookings; more than one, so a single lost packet cancels nobody's booking
 * @param displaceWithin how far ahead of going offline its bookings are moved or cancelled; later bookings stay,
 * since the machine may well be back by then
 * @param parallelChecks machines checked at the same time, so a hundred machines that time out still take
 * only seconds
 */
@ConfigurationProperties("academy.labs.health")
record MachineHealthProperties(@DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("2") int failuresBeforeOffline, @DefaultValue("4h") Duration displaceWithin,
		@DefaultValue("16") int parallelChecks) {

	MachineHealthProperties {
		if (connectTimeout.isNegative() || connectTimeout.isZero() || connectTimeout.toMillis() > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("academy.labs.health.connect-timeout must be positive: " + connectTimeout);
		}
		if (failuresBeforeOffline < 1) {
			throw new IllegalArgumentException("academy.labs.health.failures-before-offline must be at least 1");
		}
		if (displaceWithin.isNegative() || displaceWithin.isZero()) {
			throw new IllegalArgumentException("academy.labs.health.displace-within must be positive: " + displaceWithin);
		}
		if (parallelChecks < 1) {
			throw new IllegalArgumentException("academy.labs.health.parallel-checks must be at least 1");
		}
	}

}
