package cn.yrd.academy.identity.internal;

import java.time.Instant;

import cn.yrd.academy.identity.Province;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A training base (实训基地): a site with lab machines, run by one member organization.
 */
@Entity
@Table(name = "training_bases")
public class TrainingBase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organization_id")
	private Organization organization;

	@Column(name = "name_zh")
	private String nameZh;

	@Column(name = "name_en")
	private String nameEn;

	@Enumerated(EnumType.STRING)
	private Province province;

	private String city;

	private String address;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private int version;

	protected TrainingBase() {
	}

	public TrainingBase(String code, Organization organization, String nameZh, String nameEn, Province province,
			String city, String address, Instant createdAt) {
		this.code = code;
		this.createdAt = createdAt;
		update(organization, nameZh, nameEn, province, city, address);
	}

	public void update(Organization organization, String nameZh, String nameEn, Province province, String city,
			String address) {
		this.organization = organization;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.province = province;
		this.city = city;
		this.address = address;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public Organization getOrganization() {
		return organization;
	}

	public String getNameZh() {
		return nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public Province getProvince() {
		return province;
	}

	public String getCity() {
		return city;
	}

	public String getAddress() {
		return address;
	}

}
