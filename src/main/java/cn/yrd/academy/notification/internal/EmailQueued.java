package cn.yrd.academy.notification.internal;

/** A notification's email was queued in the current transaction; it can be sent once that commits. */
record EmailQueued(long notificationId) {
}
