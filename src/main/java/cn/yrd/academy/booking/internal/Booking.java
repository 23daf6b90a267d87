package cn.yrd.academy.booking.internal;

import java.time.Instant;
import java.time.LocalDate;

import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.shared.time.TimeRange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A student's booking of one machine for one lab exercise. Its half-hour cells in {@code machine_cells} and
 * {@code student_cells} are what keeps the machine and the student from being booked twice.
 */
@Entity
@Table(name = "bookings")
public class Booking {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id")
	private long userId;

	@Column(name = "organization_id")
	private long organizationId;

	@Column(name = "machine_id")
	private long machineId;

	@Column(name = "base_id")
	private long baseId;

	@Column(name = "course_code")
	private String courseCode;

	@Column(name = "lab_slug")
	private String labSlug;

	@Column(name = "block_id")
	private Long blockId;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	/** The booked length, kept for the weekly sums of hours and quotas. */
	private int minutes;

	@Column(name = "week_start")
	private LocalDate weekStart;

	@Enumerated(EnumType.STRING)
	private BookingStatus status;

	/** Bumped on every change, so calendar apps replace their copy (iCal SEQUENCE). */
	private int sequence;

	@Column(name = "cancel_reason")
	private String cancelReason;

	@Column(name = "cancel_note")
	private String cancelNote;

	/** When the student first connected to the machine; null while they have not. */
	@Column(name = "attended_at")
	private Instant attendedAt;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected Booking() {
	}

	Booking(long userId, long organizationId, long machineId, long baseId, String courseCode, String labSlug,
			Long blockId, TimeRange range, Instant now) {
		this.userId = userId;
		this.organizationId = organizationId;
		this.machineId = machineId;
		this.baseId = baseId;
		this.courseCode = courseCode;
		this.labSlug = labSlug;
		this.blockId = blockId;
		this.startsAt = range.start();
		this.endsAt = range.end();
		this.minutes = (int) range.duration().toMinutes();
		this.weekStart = SlotGrid.weekOf(range.start());
		this.status = BookingStatus.CONFIRMED;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Settles the machine (and class block seat) the booking got, before it is first committed. */
	void assign(long machineId, Long blockId) {
		this.machineId = machineId;
		this.blockId = blockId;
	}

	void moveTo(long machineId, Instant now) {
		this.machineId = machineId;
		changed(now);
	}

	void extendTo(Instant end, Instant now) {
		this.endsAt = end;
		this.minutes = (int) range().duration().toMinutes();
		changed(now);
	}

	void activate(Instant now) {
		this.status = BookingStatus.ACTIVE;
		this.updatedAt = now;
	}

	void complete(Instant now) {
		this.status = BookingStatus.COMPLETED;
		this.updatedAt = now;
	}

	/** Nobody came: the booking gives its time back. */
	void markNoShow(Instant now) {
		this.status = BookingStatus.NO_SHOW;
		changed(now);
	}

	void cancel(String reason, String note, Instant now) {
		this.status = BookingStatus.CANCELLED;
		this.cancelReason = reason;
		this.cancelNote = note;
		changed(now);
	}

	private void changed(Instant now) {
		this.sequence++;
		this.updatedAt = now;
	}

	public TimeRange range() {
		return new TimeRange(startsAt, endsAt);
	}

	public Long getId() {
		return id;
	}

	public long getUserId() {
		return userId;
	}

	public long getOrganizationId() {
		return organizationId;
	}

	public long getMachineId() {
		return machineId;
	}

	public long getBaseId() {
		return baseId;
	}

	public String getCourseCode() {
		return courseCode;
	}

	public String getLabSlug() {
		return labSlug;
	}

	public Long getBlockId() {
		return blockId;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public BookingStatus getStatus() {
		return status;
	}

	public int getSequence() {
		return sequence;
	}

	public String getCancelReason() {
		return cancelReason;
	}

	public String getCancelNote() {
		return cancelNote;
	}

	public Instant getAttendedAt() {
		return attendedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
