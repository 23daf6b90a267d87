package cn.yrd.academy.remote.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One tunnel from a student's browser to their booking's machine, from guacd's handshake to its end.
 */
@Entity
@Table(name = "remote_sessions")
public class RemoteSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "booking_id")
	private long bookingId;

	@Column(name = "user_id")
	private long userId;

	@Column(name = "machine_id")
	private long machineId;

	/** guacd's id of the connection: observers join by it. */
	@Column(name = "connection_id")
	private String connectionId;

	@Column(name = "started_at")
	private Instant startedAt;

	@Column(name = "ended_at")
	private Instant endedAt;

	@Column(name = "end_reason")
	private String endReason;

	/** Characters the browser sent to the machine (protocol text, mostly ASCII, so about bytes). */
	@Column(name = "bytes_to_machine")
	private long bytesToMachine;

	@Column(name = "bytes_to_browser")
	private long bytesToBrowser;

	/** guacd's recording, below {@code academy.remote.recordings-dir}; {@code null} when not recorded. */
	@Column(name = "recording_path")
	private String recordingPath;

	@Column(name = "recording_deleted_at")
	private Instant recordingDeletedAt;

	/** The lab admin who ended the session, if one did. */
	@Column(name = "ended_by")
	private Long endedBy;

	/** Why the lab admin ended it, as the student reads it. */
	@Column(name = "end_note")
	private String endNote;

	protected RemoteSession() {
	}

	/** A session about to connect: its id names the recording before guacd is asked. */
	RemoteSession(ConnectGrant grant, Instant startedAt) {
		this.bookingId = grant.bookingId();
		this.userId = grant.userId();
		this.machineId = grant.machineId();
		this.startedAt = startedAt;
	}

	void connected(String connectionId, String recordingPath) {
		this.connectionId = connectionId;
		this.recordingPath = recordingPath;
	}

	/** Notes who ends the session and why, before its tunnel is closed; the first such note counts. */
	boolean endBy(long userId, String note) {
		if (endedAt != null || endedBy != null) {
			return false;
		}
		this.endedBy = userId;
		this.endNote = note;
		return true;
	}

	void recordingDeleted(Instant now) {
		this.recordingDeletedAt = now;
	}

	public boolean isLive() {
		return endedAt == null && connectionId != null;
	}

	/** Whether a recording was made and is still kept. */
	public boolean hasRecording() {
		return recordingPath != null && recordingDeletedAt == null;
	}

	/** Ends the session; the first end counts, a later one changes nothing. */
	boolean end(EndReason reason, long toMachine, long toBrowser, Instant now) {
		if (endedAt != null) {
			return false;
		}
		this.endedAt = now;
		this.endReason = reason.code();
		this.bytesToMachine = toMachine;
		this.bytesToBrowser = toBrowser;
		return true;
	}

	public Long getId() {
		return id;
	}

	public long getBookingId() {
		return bookingId;
	}

	public long getUserId() {
		return userId;
	}

	public long getMachineId() {
		return machineId;
	}

	public String getConnectionId() {
		return connectionId;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public Instant getEndedAt() {
		return endedAt;
	}

	public String getEndReason() {
		return endReason;
	}

	public long getBytesToMachine() {
		return bytesToMachine;
	}

	public long getBytesToBrowser() {
		return bytesToBrowser;
	}

	public String getRecordingPath() {
		return recordingPath;
	}

	public Instant getRecordingDeletedAt() {
		return recordingDeletedAt;
	}

	public Long getEndedBy() {
		return endedBy;
	}

	public String getEndNote() {
		return endNote;
	}

}
