package cn.yrd.academy.talent.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A profile a company keeps in mind, for one of its demands or in general ({@code demandId} null). */
@Entity
@Table(name = "talent_shortlist_entries")
public class ShortlistEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organization_id")
	private long organizationId;

	@Column(name = "demand_id")
	private Long demandId;

	@Column(name = "profile_id")
	private long profileId;

	private String note;

	@Column(name = "added_by")
	private long addedBy;

	@Column(name = "added_at")
	private Instant addedAt;

	protected ShortlistEntry() {
	}

	ShortlistEntry(long organizationId, Long demandId, long profileId, String note, long addedBy, Instant addedAt) {
		this.organizationId = organizationId;
		this.demandId = demandId;
		this.profileId = profileId;
		this.note = note;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	public Long getId() {
		return id;
	}

	public long getOrganizationId() {
		return organizationId;
	}

	public Long getDemandId() {
		return demandId;
	}

	public long getProfileId() {
		return profileId;
	}

	public String getNote() {
		return note;
	}

	public Instant getAddedAt() {
		return addedAt;
	}

}
