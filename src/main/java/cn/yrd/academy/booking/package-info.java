/**
 * Booking lab machines: availability, bookings, organization quotas, class blocks, the waitlist and iCal feeds.
 * The database guarantees that no machine and no student is ever booked twice for the same half hour.
 */
package cn.yrd.academy.booking;
