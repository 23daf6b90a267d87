package cn.yrd.academy.remote.internal;

/**
 * What a consumed token allows: a student at their booking's machine, or a staff member watching a live session.
 */
public sealed interface TunnelGrant permits ConnectGrant, ObserveGrant {

	long userId();

}
