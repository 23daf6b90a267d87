package cn.yrd.academy.booking;

import java.time.Instant;

/**
 * A booking ends in a few minutes: the lab page warns its student. Published by the scheduled warning step.
 */
public record BookingEndingSoon(long bookingId, long machineId, long userId, Instant endsAt) {
}
