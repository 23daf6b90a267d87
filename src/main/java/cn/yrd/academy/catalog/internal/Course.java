package cn.yrd.academy.catalog.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A course of the shared catalog, owned by one member organization; its content lives in versions.
 */
@Entity
@Table(name = "courses")
public class Course {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Column(name = "owner_organization_id")
	private long ownerOrganizationId;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private int version;

	protected Course() {
	}

	public Course(String code, long ownerOrganizationId, Instant createdAt) {
		this.code = code;
		this.ownerOrganizationId = ownerOrganizationId;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public long getOwnerOrganizationId() {
		return ownerOrganizationId;
	}

}
