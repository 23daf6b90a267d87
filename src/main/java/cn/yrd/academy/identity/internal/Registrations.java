package cn.yrd.academy.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;

import cn.yrd.academy.identity.AuditEventType;
import cn.yrd.academy.identity.AuditLog;
import cn.yrd.academy.identity.OrganizationType;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-registration: students join at once; partner companies wait for a cluster admin.
 */
@Service
public class Registrations {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccountRepository users;

	private final OrganizationRepository organizations;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final Clock clock;

	Registrations(UserAccountRepository users, OrganizationRepository organizations, PasswordEncoder passwordEncoder,
			AuditLog auditLog, Clock clock) {
		this.users = users;
		this.organizations = organizations;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The person behind a new account. */
	public record NewAccount(String username, String displayName, String email, String phone, String password,
			Locale locale) {
	}

	/** A company that asks to join the cluster as a partner. */
	public record NewCompany(String nameZh, String nameEn, Province province, String city) {
	}

	@Transactional
	public UserAccount registerStudent(NewAccount account, long organizationId) {
		Organization organization = organizations.findById(organizationId)
			.filter(Organization::isActive)
			.orElseThrow(() -> new FieldRejected("organizationId", "registration.organization.unknown"));
		UserAccount user = users.save(newAccount(account, organization, EnumSet.of(Role.STUDENT),
				UserAccount.Approval.APPROVED));
		auditLog.record(AuditEventType.USER_REGISTERED, account.username(), account.username(),
				organization.getCode());
		return user;
	}

	@Transactional
	public UserAccount registerPartner(NewAccount account, NewCompany company) {
		if (organizations.existsByNameZh(company.nameZh())) {
			throw new FieldRejected("companyNameZh", "registration.company.exists");
		}
		Organization organization = organizations.save(new Organization(newPartnerCode(), OrganizationType.COMPANY,
				company.province(), company.city(), company.nameZh(), company.nameEn(), Organization.Status.PENDING,
				clock.instant()));
		UserAccount user = users.save(newAccount(account, organization, EnumSet.of(Role.PARTNER),
				UserAccount.Approval.PENDING));
		auditLog.record(AuditEventType.PARTNER_REGISTERED, account.username(), account.username(),
				company.nameZh());
		return user;
	}

	private UserAccount newAccount(NewAccount account, Organization organization, EnumSet<Role> roles,
			UserAccount.Approval approval) {
		String email = account.email().trim().toLowerCase(Locale.ROOT);
		if (users.existsByUsername(account.username())) {
			throw new FieldRejected("username", "registration.username.taken");
		}
		if (users.existsByEmail(email)) {
			throw new FieldRejected("email", "registration.email.taken");
		}
		PasswordPolicy.violation(account.username(), account.password()).ifPresent(key -> {
			throw new FieldRejected("password", key);
		});
		String phone = account.phone() == null || account.phone().isBlank() ? null : account.phone().trim();
		return new UserAccount(account.username(), account.displayName().trim(), email, phone, organization,
				passwordEncoder.encode(account.password()), account.locale().toLanguageTag(), roles, approval,
				clock.instant());
	}

	private static String newPartnerCode() {
		byte[] bytes = new byte[4];
		RANDOM.nextBytes(bytes);
		return "PARTNER-" + HexFormat.of().withUpperCase().formatHex(bytes);
	}

}
