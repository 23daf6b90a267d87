package cn.yrd.academy.labs.web;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

import cn.yrd.academy.labs.internal.DailyRange;
import cn.yrd.academy.labs.internal.HoursText;
import jakarta.validation.constraints.Size;

/**
 * A base's weekly hours, one text per weekday such as {@code 08:00-12:00, 13:00-21:00}; empty for closed.
 * The field names are the lower-case {@link DayOfWeek} names.
 */
record WeeklyHoursForm(@Size(max = 200) String monday, @Size(max = 200) String tuesday,
		@Size(max = 200) String wednesday, @Size(max = 200) String thursday, @Size(max = 200) String friday,
		@Size(max = 200) String saturday, @Size(max = 200) String sunday) {

	static WeeklyHoursForm of(Map<DayOfWeek, List<DailyRange>> week) {
		return new WeeklyHoursForm(text(week, DayOfWeek.MONDAY), text(week, DayOfWeek.TUESDAY),
				text(week, DayOfWeek.WEDNESDAY), text(week, DayOfWeek.THURSDAY), text(week, DayOfWeek.FRIDAY),
				text(week, DayOfWeek.SATURDAY), text(week, DayOfWeek.SUNDAY));
	}

	String text(DayOfWeek day) {
		return new String[] { monday, tuesday, wednesday, thursday, friday, saturday, sunday }[day.ordinal()];
	}

	static String field(DayOfWeek day) {
		return day.name().toLowerCase();
	}

	private static String text(Map<DayOfWeek, List<DailyRange>> week, DayOfWeek day) {
		return HoursText.format(week.getOrDefault(day, List.of()));
	}

}
