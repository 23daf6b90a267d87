package cn.yrd.academy.labs.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A whole day (cluster zone) on which a base is closed, whatever its weekly hours say.
 */
@Entity
@Table(name = "base_closures")
class Closure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "base_id")
	private long baseId;

	@Convert(converter = LocalDateText.class)
	@Column(columnDefinition = "date")
	private LocalDate day;

	private String reason;

	protected Closure() {
	}

	Closure(long baseId, LocalDate day, String reason) {
		this.baseId = baseId;
		this.day = day;
		this.reason = reason;
	}

	Long getId() {
		return id;
	}

	long getBaseId() {
		return baseId;
	}

	LocalDate getDay() {
		return day;
	}

	String getReason() {
		return reason;
	}

}
