package cn.yrd.academy.labs;

import cn.yrd.academy.shared.time.TimeRange;

/**
 * A training base closes for a whole day (Asia/Shanghai): none of its machines can be used during the
 * range. Published inside the transaction that added the closure day, so a listener that handles the
 * bookings on that day can roll the closure back by throwing. Unlike {@link MachineWithdrawn}, moving a
 * booking to another machine of the same base does not help here.
 *
 * @param reasonKey message key of the reason shown to the students whose bookings it affects
 * @param note the lab admin's own words, may be empty
 */
public record BaseClosed(long baseId, TimeRange range, String reasonKey, String note) {
}
