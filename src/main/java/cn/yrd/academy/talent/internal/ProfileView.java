package cn.yrd.academy.talent.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A company user opened a profile; the student sees which companies did, and when. */
@Entity
@Table(name = "talent_profile_views")
public class ProfileView {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "profile_id")
	private long profileId;

	@Column(name = "organization_id")
	private long organizationId;

	@Column(name = "viewer_id")
	private long viewerId;

	@Column(name = "viewed_at")
	private Instant viewedAt;

	protected ProfileView() {
	}

	ProfileView(long profileId, long organizationId, long viewerId, Instant viewedAt) {
		this.profileId = profileId;
		this.organizationId = organizationId;
		this.viewerId = viewerId;
		this.viewedAt = viewedAt;
	}

	public long getOrganizationId() {
		return organizationId;
	}

	public Instant getViewedAt() {
		return viewedAt;
	}

}
