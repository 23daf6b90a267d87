package cn.yrd.academy.talent.internal;

import java.time.Instant;

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
 * A company's request to contact a student. {@code open_slot} is {@code <profile>:<organization>} while the
 * request is pending or accepted, so a company has one live request per student.
 */
@Entity
@Table(name = "talent_contact_requests")
public class ContactRequest {

	public enum Status {
		PENDING, ACCEPTED, DECLINED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "profile_id")
	private long profileId;

	@Column(name = "organization_id")
	private long organizationId;

	@Column(name = "requester_id")
	private long requesterId;

	@Column(name = "demand_id")
	private Long demandId;

	private String message;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "open_slot")
	private String openSlot;

	@Column(name = "requested_at")
	private Instant requestedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Version
	private int version;

	protected ContactRequest() {
	}

	ContactRequest(long profileId, long organizationId, long requesterId, Long demandId, String message, Instant now) {
		this.profileId = profileId;
		this.organizationId = organizationId;
		this.requesterId = requesterId;
		this.demandId = demandId;
		this.message = message;
		this.status = Status.PENDING;
		this.openSlot = profileId + ":" + organizationId;
		this.requestedAt = now;
	}

	void accept(Instant now) {
		status = Status.ACCEPTED;
		decidedAt = now;
	}

	void decline(Instant now) {
		status = Status.DECLINED;
		decidedAt = now;
		openSlot = null;
	}

	public Long getId() {
		return id;
	}

	public long getProfileId() {
		return profileId;
	}

	public long getOrganizationId() {
		return organizationId;
	}

	public long getRequesterId() {
		return requesterId;
	}

	public Long getDemandId() {
		return demandId;
	}

	public String getMessage() {
		return message;
	}

	public Status getStatus() {
		return status;
	}

	public Instant getRequestedAt() {
		return requestedAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

}
