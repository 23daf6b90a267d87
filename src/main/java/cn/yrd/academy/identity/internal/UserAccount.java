package cn.yrd.academy.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Role;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's account. Guards its own lock state: failed logins lock it for a while.
 */
@Entity
@Table(name = "users")
public class UserAccount {

	/** Whether a cluster admin has let the account in; partner accounts wait for approval. */
	public enum Approval {
		APPROVED, PENDING, REJECTED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	@Column(name = "display_name")
	private String displayName;

	private String email;

	private String phone;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organization_id")
	private Organization organization;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "training_base_id")
	private TrainingBase trainingBase;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "preferred_locale")
	private String preferredLocale;

	private boolean enabled;

	@Enumerated(EnumType.STRING)
	private Approval approval;

	@Column(name = "failed_logins")
	private int failedLogins;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "demo_account")
	private boolean demoAccount;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Version
	private int version;

	protected UserAccount() {
	}

	public UserAccount(String username, String displayName, String email, String phone, Organization organization,
			String passwordHash, String preferredLocale, Set<Role> roles, Approval approval, Instant createdAt) {
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.phone = phone;
		this.organization = organization;
		this.passwordHash = passwordHash;
		this.preferredLocale = preferredLocale;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.approval = approval;
		this.enabled = approval == Approval.APPROVED;
		this.createdAt = createdAt;
	}

	public boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/**
	 * Counts a failed login; returns {@code true} when this failure locks the account.
	 */
	public boolean recordFailedLogin(Instant now, int maxFailedAttempts, Duration lockDuration) {
		if (isLocked(now)) {
			return false;
		}
		failedLogins++;
		if (failedLogins >= maxFailedAttempts) {
			lockedUntil = now.plus(lockDuration);
			failedLogins = 0;
			return true;
		}
		return false;
	}

	public void recordSuccessfulLogin(Instant now) {
		failedLogins = 0;
		lockedUntil = null;
		lastLoginAt = now;
	}

	public void unlock() {
		failedLogins = 0;
		lockedUntil = null;
	}

	public void enable() {
		enabled = true;
	}

	public void disable() {
		enabled = false;
	}

	public void approve() {
		approval = Approval.APPROVED;
		enabled = true;
	}

	public void reject() {
		approval = Approval.REJECTED;
		enabled = false;
	}

	public void changeRoles(Set<Role> newRoles) {
		roles.clear();
		roles.addAll(newRoles);
	}

	public void assignTrainingBase(TrainingBase base) {
		trainingBase = base;
	}

	public void changePassword(String newHash) {
		passwordHash = newHash;
		demoAccount = false;
	}

	public void changePreferredLocale(String locale) {
		preferredLocale = locale;
	}

	public void markAsDemoAccount() {
		demoAccount = true;
	}

	public AcademyUser toAcademyUser(Instant now) {
		return new AcademyUser(id, username, displayName, organization.getId(),
				trainingBase == null ? null : trainingBase.getId(), roles, passwordHash,
				enabled && approval == Approval.APPROVED, !isLocked(now));
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public Organization getOrganization() {
		return organization;
	}

	public TrainingBase getTrainingBase() {
		return trainingBase;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public String getPreferredLocale() {
		return preferredLocale;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Approval getApproval() {
		return approval;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public boolean isDemoAccount() {
		return demoAccount;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getLastLoginAt() {
		return lastLoginAt;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(roles);
	}

}
