package cn.yrd.academy.labs.internal;

import java.time.Instant;

/**
 * One change of a machine's health status, as its history page shows it.
 *
 * @param detail why the last check failed, empty for a change to online
 */
public record HealthChange(HealthStatus status, Instant at, String detail) {
}
