package cn.yrd.academy.remote.internal;

/**
 * What a consumed observe token allowed: this user may watch this live remote session, read-only.
 */
public record ObserveGrant(long userId, long sessionId) implements TunnelGrant {
}
