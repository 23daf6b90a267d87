package cn.yrd.academy.labs.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One range of a base's weekly opening hours, in the cluster's zone.
 */
@Entity
@Table(name = "base_opening_hours")
class OpeningHours {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "base_id")
	private long baseId;

	@Column(name = "day_of_week")
	private int dayOfWeek;

	@Convert(converter = LocalTimeText.class)
	@Column(columnDefinition = "time")
	private LocalTime opens;

	@Convert(converter = LocalTimeText.class)
	@Column(columnDefinition = "time")
	private LocalTime closes;

	protected OpeningHours() {
	}

	OpeningHours(long baseId, DayOfWeek day, DailyRange range) {
		this.baseId = baseId;
		this.dayOfWeek = day.getValue();
		this.opens = range.opens();
		this.closes = range.closes();
	}

	DayOfWeek day() {
		return DayOfWeek.of(dayOfWeek);
	}

	DailyRange range() {
		return new DailyRange(opens, closes);
	}

}
