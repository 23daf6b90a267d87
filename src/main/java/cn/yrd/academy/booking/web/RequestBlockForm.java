package cn.yrd.academy.booking.web;

import java.time.LocalDate;
import java.time.LocalTime;

import cn.yrd.academy.booking.internal.ClassBlocks;
import cn.yrd.academy.shared.time.ClockConfiguration;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an instructor fills in to request a class block; dates and times are Asia/Shanghai.
 */
record RequestBlockForm(String courseCode, String baseCode, String imageCode, Integer seats,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@DateTimeFormat(pattern = "HH:mm") LocalTime startTime, @DateTimeFormat(pattern = "HH:mm") LocalTime endTime,
		Integer weeks, String note) {

	static RequestBlockForm empty() {
		return new RequestBlockForm("", "", "", 1, null, null, null, 1, "");
	}

	ClassBlocks.Request toRequest() {
		boolean timed = date != null && startTime != null && endTime != null;
		return new ClassBlocks.Request(courseCode, baseCode, imageCode, seats,
				timed ? date.atTime(startTime).atZone(ClockConfiguration.CLUSTER_ZONE).toInstant() : null,
				timed ? date.atTime(endTime).atZone(ClockConfiguration.CLUSTER_ZONE).toInstant() : null, weeks, note);
	}

}
