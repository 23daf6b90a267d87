package cn.yrd.academy.labs.internal;

import java.time.Instant;

/**
 * The outcome of one attempt to reach a machine.
 *
 * @param error why it did not answer, for the lab admin; empty when it answered
 */
record HealthCheck(boolean answered, Instant at, String error) {

	HealthCheck {
		error = error == null ? "" : error;
	}

	static HealthCheck answered(Instant at) {
		return new HealthCheck(true, at, "");
	}

	static HealthCheck failed(Instant at, String error) {
		return new HealthCheck(false, at, error);
	}

}
