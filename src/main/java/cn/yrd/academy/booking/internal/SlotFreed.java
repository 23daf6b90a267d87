package cn.yrd.academy.booking.internal;

import cn.yrd.academy.shared.time.TimeRange;

/**
 * A cancellation gave back a machine's time at a base; published after the cancelling transaction committed,
 * so the waitlist can offer it.
 */
record SlotFreed(long baseId, TimeRange range) {
}
