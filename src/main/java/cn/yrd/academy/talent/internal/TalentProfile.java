package cn.yrd.academy.talent.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A student's talent profile: what they agreed to share and what they wrote about themselves. Companies never read
 * this row; they see the {@link TalentCard} built from its shared fields.
 */
@Entity
@Table(name = "talent_profiles")
public class TalentProfile {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "public_id")
	private String publicId;

	@Column(name = "user_id")
	private long userId;

	private boolean active;

	@Column(name = "shared_fields")
	private String sharedFields;

	private String about = "";

	private String province;

	private String city;

	private LocalDate graduation;

	@Column(name = "open_to_internship")
	private boolean openToInternship;

	@Column(name = "job_preferences")
	private String jobPreferences = "";

	@Column(name = "contact_email")
	private String contactEmail;

	@Column(name = "contact_phone")
	private String contactPhone;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "talent_declared_skills", joinColumns = @JoinColumn(name = "profile_id"))
	@OrderColumn(name = "position")
	@Column(name = "skill_code")
	private List<String> declaredSkills = new ArrayList<>();

	@Column(name = "consent_version")
	private String consentVersion;

	@Column(name = "consented_at")
	private Instant consentedAt;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private int version;

	protected TalentProfile() {
	}

	TalentProfile(long userId) {
		this.userId = userId;
		this.publicId = newPublicId();
		this.sharedFields = "";
	}

	/** 128 random bits, URL-safe: a profile id tells nothing and cannot be guessed from another. */
	static String newPublicId() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The student consents (again) to share these fields under this consent text. */
	void consent(Set<TalentField> fields, String textVersion, Instant now) {
		this.sharedFields = TalentField.format(fields);
		this.consentVersion = textVersion;
		this.consentedAt = now;
		this.withdrawnAt = null;
		this.active = true;
		this.updatedAt = now;
	}

	void withdraw(Instant now) {
		this.active = false;
		this.withdrawnAt = now;
		this.updatedAt = now;
	}

	void describe(Details details, Instant now) {
		this.about = details.about();
		this.province = details.province();
		this.city = details.city();
		this.graduation = details.graduation();
		this.openToInternship = details.openToInternship();
		this.jobPreferences = details.jobPreferences();
		this.contactEmail = details.contactEmail();
		this.contactPhone = details.contactPhone();
		this.declaredSkills.clear();
		this.declaredSkills.addAll(details.declaredSkills());
		this.updatedAt = now;
	}

	/** What the student writes about themselves; checked by {@link TalentConsent} before it is applied. */
	public record Details(String about, String province, String city, LocalDate graduation, boolean openToInternship,
			String jobPreferences, String contactEmail, String contactPhone, List<String> declaredSkills) {

		public Details {
			about = about == null ? "" : about.strip();
			jobPreferences = jobPreferences == null ? "" : jobPreferences.strip();
			city = city == null || city.isBlank() ? null : city.strip();
			province = province == null || province.isBlank() ? null : province;
			contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip();
			contactPhone = contactPhone == null || contactPhone.isBlank() ? null : contactPhone.strip();
			declaredSkills = declaredSkills == null ? List.of() : List.copyOf(declaredSkills);
		}

	}

	public Details details() {
		return new Details(about, province, city, graduation, openToInternship, jobPreferences, contactEmail,
				contactPhone, List.copyOf(declaredSkills));
	}

	public boolean shares(TalentField field) {
		return active && sharedFields().contains(field);
	}

	public Set<TalentField> sharedFields() {
		return sharedFields == null ? EnumSet.noneOf(TalentField.class) : TalentField.parse(sharedFields);
	}

	public Long getId() {
		return id;
	}

	public String getPublicId() {
		return publicId;
	}

	public long getUserId() {
		return userId;
	}

	public boolean isActive() {
		return active;
	}

	public String getConsentVersion() {
		return consentVersion;
	}

	public Instant getConsentedAt() {
		return consentedAt;
	}

	public Instant getWithdrawnAt() {
		return withdrawnAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
