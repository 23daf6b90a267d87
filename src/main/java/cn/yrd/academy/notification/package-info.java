/**
 * Notifications: what the platform tells a user without them asking — reminders, changes to their bookings,
 * digests for lab admins. Each is kept in the user's notification center and, when mail is configured, sent by
 * email in the user's language. Other modules send them through {@link cn.yrd.academy.notification.Notifications}.
 */
package cn.yrd.academy.notification;
