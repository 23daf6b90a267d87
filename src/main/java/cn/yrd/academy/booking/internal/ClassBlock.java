package cn.yrd.academy.booking.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.yrd.academy.shared.time.ClockConfiguration;
import cn.yrd.academy.shared.time.TimeRange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An instructor's request for machines of one image at one base, once or weekly, for the students of one
 * course. Once approved its seats are machine cells only those students may take.
 */
@Entity
@Table(name = "class_blocks")
public class ClassBlock {

	public enum Status {

		REQUESTED, APPROVED, REJECTED, CANCELLED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "course_code")
	private String courseCode;

	@Column(name = "requested_by")
	private long requestedBy;

	@Column(name = "base_id")
	private long baseId;

	@Column(name = "image_code")
	private String imageCode;

	private int seats;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	/** How many weekly occurrences: 1 is just once. */
	private int weeks;

	private String note;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decision_note")
	private String decisionNote;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private int version;

	protected ClassBlock() {
	}

	ClassBlock(String courseCode, long requestedBy, long baseId, String imageCode, int seats, TimeRange first,
			int weeks, String note, Instant now) {
		this.courseCode = courseCode;
		this.requestedBy = requestedBy;
		this.baseId = baseId;
		this.imageCode = imageCode;
		this.seats = seats;
		this.startsAt = first.start();
		this.endsAt = first.end();
		this.weeks = weeks;
		this.note = note;
		this.status = Status.REQUESTED;
		this.createdAt = now;
	}

	/**
	 * The weekly occurrences, the same wall-clock time in Asia/Shanghai each week.
	 */
	public List<TimeRange> occurrences() {
		return occurrences(new TimeRange(startsAt, endsAt), weeks);
	}

	static List<TimeRange> occurrences(TimeRange first, int weeks) {
		ZonedDateTime start = first.start().atZone(ClockConfiguration.CLUSTER_ZONE);
		ZonedDateTime end = first.end().atZone(ClockConfiguration.CLUSTER_ZONE);
		List<TimeRange> occurrences = new ArrayList<>();
		for (int week = 0; week < weeks; week++) {
			occurrences.add(new TimeRange(start.plusWeeks(week).toInstant(), end.plusWeeks(week).toInstant()));
		}
		return occurrences;
	}

	void approve(long by, Instant now) {
		decide(Status.APPROVED, by, null, now);
	}

	void reject(long by, String reason, Instant now) {
		decide(Status.REJECTED, by, reason, now);
	}

	private void decide(Status decision, long by, String reason, Instant now) {
		requireStatus(Status.REQUESTED);
		this.status = decision;
		this.decidedBy = by;
		this.decisionNote = reason;
		this.decidedAt = now;
	}

	void cancel() {
		if (status != Status.REQUESTED && status != Status.APPROVED) {
			throw new BlockRefused(null, "block.error.notOpen");
		}
		this.status = Status.CANCELLED;
	}

	void requireStatus(Status expected) {
		if (status != expected) {
			throw new BlockRefused(null, "block.error.alreadyDecided");
		}
	}

	public boolean isCancellable() {
		return status == Status.REQUESTED || status == Status.APPROVED;
	}

	public Long getId() {
		return id;
	}

	public String getCourseCode() {
		return courseCode;
	}

	public long getRequestedBy() {
		return requestedBy;
	}

	public long getBaseId() {
		return baseId;
	}

	public String getImageCode() {
		return imageCode;
	}

	public int getSeats() {
		return seats;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public int getWeeks() {
		return weeks;
	}

	public String getNote() {
		return note;
	}

	public Status getStatus() {
		return status;
	}

	public Long getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getDecisionNote() {
		return decisionNote;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
