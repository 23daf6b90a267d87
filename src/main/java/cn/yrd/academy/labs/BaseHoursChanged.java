package cn.yrd.academy.labs;

/**
 * A training base's weekly opening hours were replaced. Published inside the transaction that saved them,
 * so bookings that now fall outside the hours are cancelled in that same transaction.
 *
 * @param reasonKey message key of the reason shown to the students whose bookings it affects
 */
public record BaseHoursChanged(long baseId, String reasonKey) {
}
