package cn.yrd.academy.remote.internal;

/**
 * What a consumed connect token allowed: this user, on this booking's machine.
 */
public record ConnectGrant(long userId, long bookingId, long machineId) implements TunnelGrant {
}
