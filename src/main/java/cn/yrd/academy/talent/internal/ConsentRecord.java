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

/**
 * One grant, change or withdrawal of a student's consent, with the consent text it was given under. Written once.
 */
@Entity
@Table(name = "talent_consents")
public class ConsentRecord {

	public enum Action {
		GRANTED, CHANGED, WITHDRAWN
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id")
	private long userId;

	@Enumerated(EnumType.STRING)
	private Action action;

	private String fields;

	@Column(name = "text_version")
	private String textVersion;

	@Column(name = "text_sha256")
	private String textSha256;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected ConsentRecord() {
	}

	ConsentRecord(long userId, Action action, String fields, String textVersion, String textSha256, Instant at) {
		this.userId = userId;
		this.action = action;
		this.fields = fields;
		this.textVersion = textVersion;
		this.textSha256 = textSha256;
		this.recordedAt = at;
	}

	public Action getAction() {
		return action;
	}

	public String getFields() {
		return fields;
	}

	public String getTextVersion() {
		return textVersion;
	}

	public String getTextSha256() {
		return textSha256;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

}
