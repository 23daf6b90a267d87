package cn.yrd.academy.identity.internal;

import java.time.Instant;

import cn.yrd.academy.identity.AuditEventType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the audit log; never changed after it is written.
 */
@Entity
@Table(name = "audit_events")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	private AuditEventType type;

	private String actor;

	private String subject;

	@Column(name = "remote_address")
	private String remoteAddress;

	private String details;

	protected AuditEvent() {
	}

	public AuditEvent(Instant occurredAt, AuditEventType type, String actor, String subject, String remoteAddress,
			String details) {
		this.occurredAt = occurredAt;
		this.type = type;
		this.actor = actor;
		this.subject = subject;
		this.remoteAddress = remoteAddress;
		this.details = details;
	}

	public Long getId() {
		return id;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public AuditEventType getType() {
		return type;
	}

	public String getActor() {
		return actor;
	}

	public String getSubject() {
		return subject;
	}

	public String getRemoteAddress() {
		return remoteAddress;
	}

	public String getDetails() {
		return details;
	}

}
