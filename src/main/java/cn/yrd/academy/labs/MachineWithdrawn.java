package cn.yrd.academy.labs;

import cn.yrd.academy.shared.time.TimeRange;

/**
 * A machine cannot be used during a time range: a maintenance window was added, or the machine was put into
 * maintenance or retired (then the range runs from now far into the future). Published inside the
 * transaction that made the change, so bookings it displaces move or are cancelled in that same transaction.
 *
 * @param reasonKey message key of the reason shown to the students whose bookings it affects
 * @param note the lab admin's own words, may be empty
 */
public record MachineWithdrawn(long machineId, TimeRange range, String reasonKey, String note) {
}
