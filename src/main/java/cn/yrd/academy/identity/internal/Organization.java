package cn.yrd.academy.identity.internal;

import java.time.Instant;

import cn.yrd.academy.identity.OrganizationType;
import cn.yrd.academy.identity.Province;
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
 * A member organization of the cluster: a university, college, company, base operator or association.
 */
@Entity
@Table(name = "organizations")
public class Organization {

	/** Whether the organization takes part in the cluster; partner companies start pending. */
	public enum Status {
		ACTIVE, PENDING, REJECTED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Enumerated(EnumType.STRING)
	private OrganizationType type;

	@Enumerated(EnumType.STRING)
	private Province province;

	private String city;

	@Column(name = "name_zh")
	private String nameZh;

	@Column(name = "name_en")
	private String nameEn;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private int version;

	protected Organization() {
	}

	public Organization(String code, OrganizationType type, Province province, String city, String nameZh,
			String nameEn, Status status, Instant createdAt) {
		this.code = code;
		this.status = status;
		this.createdAt = createdAt;
		update(type, province, city, nameZh, nameEn);
	}

	public void update(OrganizationType type, Province province, String city, String nameZh, String nameEn) {
		this.type = type;
		this.province = province;
		this.city = city;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	public void approve() {
		status = Status.ACTIVE;
	}

	public void reject() {
		status = Status.REJECTED;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public OrganizationType getType() {
		return type;
	}

	public Province getProvince() {
		return province;
	}

	public String getCity() {
		return city;
	}

	public String getNameZh() {
		return nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public Status getStatus() {
		return status;
	}

	public boolean isActive() {
		return status == Status.ACTIVE;
	}

}
