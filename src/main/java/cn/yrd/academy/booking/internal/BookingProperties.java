package cn.yrd.academy.booking.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The booking rules an installation may tune ({@code academy.booking.*}).
 *
 * @param maxUpcoming upcoming bookings a student may hold at once
 * @param weeklyHours hours a student may book per week (Monday to Sunday, Asia/Shanghai)
 * @param horizon how far ahead a slot may start
 * @param cancelCutoff a booking can be cancelled until this long before it starts
 * @param extension how much one extension adds
 * @param maxLength the longest a booking may become by extensions
 * @param reminders how long before its start a booking's student is reminded, once for each
 * @param noShowAfter a booking nobody connected to this long after its start is a no-show and gives its time back
 */
@ConfigurationProperties("academy.booking")
public record BookingProperties(@DefaultValue("3") int maxUpcoming, @DefaultValue("6h") Duration weeklyHours,
		@DefaultValue("14d") Duration horizon, @DefaultValue("30m") Duration cancelCutoff,
		@DefaultValue("30m") Duration extension, @DefaultValue("4h") Duration maxLength,
		@DefaultValue({ "1d", "30m" }) List<Duration> reminders, @DefaultValue("10m") Duration noShowAfter) {
}
