package cn.yrd.academy.labs.internal;

import java.time.Instant;

import cn.yrd.academy.shared.time.TimeRange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A time during which one machine is being serviced and cannot be booked.
 */
@Entity
@Table(name = "machine_maintenance")
class MaintenanceWindow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "machine_id")
	private long machineId;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	private String reason;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected MaintenanceWindow() {
	}

	MaintenanceWindow(long machineId, TimeRange range, String reason, String createdBy, Instant createdAt) {
		this.machineId = machineId;
		this.startsAt = range.start();
		this.endsAt = range.end();
		this.reason = reason;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	Long getId() {
		return id;
	}

	long getMachineId() {
		return machineId;
	}

	TimeRange range() {
		return new TimeRange(startsAt, endsAt);
	}

	String getReason() {
		return reason;
	}

	String getCreatedBy() {
		return createdBy;
	}

}
