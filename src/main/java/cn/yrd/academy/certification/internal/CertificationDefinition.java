package cn.yrd.academy.certification.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.yrd.academy.certification.CertificateLevel;
import cn.yrd.academy.shared.text.Bilingual;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A certification the cluster recognizes: what it is called, its level and skills, what a student must have done
 * to earn it, how long it stays valid and which organization issues it.
 */
@Entity
@Table(name = "certification_definitions")
public class CertificationDefinition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Column(name = "name_zh")
	private String nameZh;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "description_zh")
	private String descriptionZh;

	@Column(name = "description_en")
	private String descriptionEn;

	@Enumerated(EnumType.STRING)
	private CertificateLevel level;

	@Column(name = "validity_months")
	private Integer validityMonths;

	@Column(name = "issuer_code")
	private String issuerCode;

	@Column(name = "approval_required")
	private boolean approvalRequired;

	private boolean active;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "certification_definition_skills", joinColumns = @JoinColumn(name = "definition_id"))
	@OrderColumn(name = "position")
	@Column(name = "skill_code")
	private List<String> skills = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "certification_requirements", joinColumns = @JoinColumn(name = "definition_id"))
	@OrderColumn(name = "position")
	private List<Requirement> requirements = new ArrayList<>();

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private int version;

	protected CertificationDefinition() {
	}

	public CertificationDefinition(String code, Instant now) {
		this.code = code;
		this.createdAt = now;
		this.updatedAt = now;
		this.active = true;
	}

	/** Everything but the code, which never changes once certificates may carry it. */
	public void update(Content content, Instant now) {
		this.nameZh = content.name().zh();
		this.nameEn = content.name().en();
		this.descriptionZh = content.description().zh();
		this.descriptionEn = content.description().en();
		this.level = content.level();
		this.validityMonths = content.validityMonths();
		this.issuerCode = content.issuerCode();
		this.approvalRequired = content.approvalRequired();
		this.active = content.active();
		this.skills.clear();
		this.skills.addAll(content.skills());
		this.requirements.clear();
		this.requirements.addAll(content.requirements());
		this.updatedAt = now;
	}

	/** A definition's editable content, checked by {@link Definitions} before it is applied. */
	public record Content(Bilingual name, Bilingual description, CertificateLevel level, Integer validityMonths,
			String issuerCode, boolean approvalRequired, boolean active, List<String> skills,
			List<Requirement> requirements) {
	}

	public Content content() {
		return new Content(name(), description(), level, validityMonths, issuerCode, approvalRequired, active,
				List.copyOf(skills), List.copyOf(requirements));
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public Bilingual name() {
		return new Bilingual(nameZh, nameEn);
	}

	public Bilingual description() {
		return new Bilingual(descriptionZh, descriptionEn);
	}

	public CertificateLevel getLevel() {
		return level;
	}

	public Integer getValidityMonths() {
		return validityMonths;
	}

	public String getIssuerCode() {
		return issuerCode;
	}

	public boolean isApprovalRequired() {
		return approvalRequired;
	}

	public boolean isActive() {
		return active;
	}

	public List<String> getSkills() {
		return List.copyOf(skills);
	}

	public List<Requirement> getRequirements() {
		return List.copyOf(requirements);
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
