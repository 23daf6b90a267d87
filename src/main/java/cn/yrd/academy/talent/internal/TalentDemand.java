package cn.yrd.academy.talent.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
 * What a partner company is looking for: skills at a minimum level, certifications, a region, how many people and
 * when. Only the company's own users see or change it; {@link TalentDemands} checks its content.
 */
@Entity
@Table(name = "talent_demands")
public class TalentDemand {

	public enum Status {
		OPEN, CLOSED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organization_id")
	private long organizationId;

	@Column(name = "created_by")
	private long createdBy;

	private String title;

	private String description;

	private int headcount;

	@Column(name = "period_from")
	private LocalDate periodFrom;

	@Column(name = "period_to")
	private LocalDate periodTo;

	@Enumerated(EnumType.STRING)
	private Status status = Status.OPEN;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "talent_demand_skills", joinColumns = @JoinColumn(name = "demand_id"))
	@OrderColumn(name = "position")
	private List<RequiredSkill> skills = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "talent_demand_certifications", joinColumns = @JoinColumn(name = "demand_id"))
	@OrderColumn(name = "position")
	@Column(name = "definition_code")
	private List<String> certifications = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "talent_demand_provinces", joinColumns = @JoinColumn(name = "demand_id"))
	@OrderColumn(name = "position")
	@Column(name = "province")
	private List<String> provinces = new ArrayList<>();

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private int version;

	protected TalentDemand() {
	}

	TalentDemand(long organizationId, long createdBy, Instant now) {
		this.organizationId = organizationId;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** What a company writes into a demand; checked by {@link TalentDemands} before it is applied. */
	public record Content(String title, String description, List<RequiredSkill> skills, List<String> certifications,
			List<String> provinces, int headcount, LocalDate periodFrom, LocalDate periodTo) {

		public Content {
			title = title == null ? "" : title.strip();
			description = description == null ? "" : description.strip();
			skills = skills == null ? List.of() : List.copyOf(skills);
			certifications = certifications == null ? List.of() : List.copyOf(certifications);
			provinces = provinces == null ? List.of() : List.copyOf(provinces);
		}

	}

	void update(Content content, Instant now) {
		title = content.title();
		description = content.description();
		headcount = content.headcount();
		periodFrom = content.periodFrom();
		periodTo = content.periodTo();
		skills.clear();
		skills.addAll(content.skills());
		certifications.clear();
		certifications.addAll(content.certifications());
		provinces.clear();
		provinces.addAll(content.provinces());
		updatedAt = now;
	}

	void close(Instant now) {
		status = Status.CLOSED;
		updatedAt = now;
	}

	void reopen(Instant now) {
		status = Status.OPEN;
		updatedAt = now;
	}

	public Content content() {
		return new Content(title, description, skills, certifications, provinces, headcount, periodFrom, periodTo);
	}

	public boolean isOpen() {
		return status == Status.OPEN;
	}

	/** How many requirements a candidate can meet: every skill and every certification counts once. */
	public int requirementCount() {
		return skills.size() + certifications.size();
	}

	public Long getId() {
		return id;
	}

	public long getOrganizationId() {
		return organizationId;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public int getHeadcount() {
		return headcount;
	}

	public LocalDate getPeriodFrom() {
		return periodFrom;
	}

	public LocalDate getPeriodTo() {
		return periodTo;
	}

	public Status getStatus() {
		return status;
	}

	public List<RequiredSkill> getSkills() {
		return List.copyOf(skills);
	}

	public List<String> getCertifications() {
		return List.copyOf(certifications);
	}

	public List<String> getProvinces() {
		return List.copyOf(provinces);
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
