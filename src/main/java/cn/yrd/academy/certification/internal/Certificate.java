package cn.yrd.academy.certification.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.yrd.academy.certification.CertificateStatus;
import cn.yrd.academy.certification.IssuedCredential;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A certificate of one student for one definition: pending the issuer's approval, or issued as a signed
 * credential, until it is revoked, expires or is renewed by a newer one.
 */
@Entity
@Table(name = "certificates")
public class Certificate {

	/** Expiry notices already sent, as bits of {@code expiry_notices}. */
	public static final int NOTICE_90_DAYS = 1;

	public static final int NOTICE_30_DAYS = 2;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String number;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "definition_id")
	private CertificationDefinition definition;

	@Column(name = "user_id")
	private long userId;

	@Column(name = "holder_name")
	private String holderName;

	@Enumerated(EnumType.STRING)
	private CertificateStatus status;

	@Column(name = "live_slot")
	private String liveSlot;

	@Column(name = "credential_id")
	private String credentialId;

	@Column(name = "subject_id")
	private String subjectId;

	@Column(name = "requested_at")
	private Instant requestedAt;

	@Column(name = "issued_at")
	private Instant issuedAt;

	@Column(name = "valid_until")
	private Instant validUntil;

	private String jwt;

	@Column(name = "status_index")
	private Integer statusIndex;

	private String kid;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decision_note")
	private String decisionNote;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "revoked_by")
	private String revokedBy;

	@Column(name = "expiry_notices")
	private int expiryNotices;

	private boolean shared;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "certificate_evidence", joinColumns = @JoinColumn(name = "certificate_id"))
	@OrderColumn(name = "position")
	private List<Evidence> evidence = new ArrayList<>();

	@Version
	private int version;

	protected Certificate() {
	}

	public Certificate(String number, CertificationDefinition definition, long userId, String holderName,
			List<Evidence> evidence, Instant now) {
		this.number = number;
		this.definition = definition;
		this.userId = userId;
		this.holderName = holderName;
		this.status = CertificateStatus.PENDING;
		this.liveSlot = definition.getId() + ":" + userId;
		this.credentialId = UUID.randomUUID().toString();
		this.subjectId = UUID.randomUUID().toString();
		this.requestedAt = now;
		this.evidence.addAll(evidence);
	}

	/** Records the signed credential; the certificate is valid from {@code at}. */
	void issue(IssuedCredential credential, Instant at, Instant until) {
		this.status = CertificateStatus.ISSUED;
		this.issuedAt = at;
		this.validUntil = until;
		this.jwt = credential.jwt();
		this.statusIndex = credential.statusListIndex();
		this.kid = credential.kid();
	}

	void decide(String by, String note) {
		this.decidedBy = by;
		this.decisionNote = note;
	}

	void reject(String by, String reason) {
		decide(by, reason);
		this.status = CertificateStatus.REJECTED;
		this.liveSlot = null;
	}

	void revoke(String by, String reason, Instant at) {
		this.status = CertificateStatus.REVOKED;
		this.revokedBy = by;
		this.decisionNote = reason;
		this.revokedAt = at;
		this.liveSlot = null;
	}

	void expire() {
		this.status = CertificateStatus.EXPIRED;
		this.liveSlot = null;
	}

	/** A newer certificate of the same definition took over; this one stays valid until it expires. */
	void renewed() {
		this.liveSlot = null;
	}

	void noticeSent(int notice) {
		this.expiryNotices |= notice;
	}

	boolean noticeWasSent(int notice) {
		return (expiryNotices & notice) != 0;
	}

	void share(boolean shared) {
		this.shared = shared;
	}

	public boolean isLive() {
		return liveSlot != null;
	}

	/** Valid now: issued, not revoked and not past its end. */
	public boolean isValidAt(Instant now) {
		return status == CertificateStatus.ISSUED && (validUntil == null || now.isBefore(validUntil));
	}

	public Long getId() {
		return id;
	}

	public String getNumber() {
		return number;
	}

	public CertificationDefinition getDefinition() {
		return definition;
	}

	public long getUserId() {
		return userId;
	}

	public String getHolderName() {
		return holderName;
	}

	public CertificateStatus getStatus() {
		return status;
	}

	public UUID getCredentialId() {
		return UUID.fromString(credentialId);
	}

	public UUID getSubjectId() {
		return UUID.fromString(subjectId);
	}

	public Instant getRequestedAt() {
		return requestedAt;
	}

	public Instant getIssuedAt() {
		return issuedAt;
	}

	public Instant getValidUntil() {
		return validUntil;
	}

	public String getJwt() {
		return jwt;
	}

	public Integer getStatusIndex() {
		return statusIndex;
	}

	public String getKid() {
		return kid;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public String getDecisionNote() {
		return decisionNote;
	}

	public Instant getRevokedAt() {
		return revokedAt;
	}

	public String getRevokedBy() {
		return revokedBy;
	}

	public boolean isShared() {
		return shared;
	}

	public List<Evidence> getEvidence() {
		return List.copyOf(evidence);
	}

}
