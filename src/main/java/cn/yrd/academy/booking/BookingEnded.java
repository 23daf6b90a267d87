package cn.yrd.academy.booking;

/**
 * A booking's time is over: whatever runs on its machine for it (a remote session) must end. Published by the
 * scheduled end step inside its transaction, once per booking.
 */
public record BookingEnded(long bookingId, long machineId, long userId) {
}
