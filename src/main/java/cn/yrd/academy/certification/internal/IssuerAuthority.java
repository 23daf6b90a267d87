package cn.yrd.academy.certification.internal;

import java.util.List;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.OrganizationSummary;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.UserDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who administers an issuing organization's certificates: cluster admins for every organization, and the lab
 * admins of the organization itself (the platform has no separate organization admin role).
 */
@Component
class IssuerAuthority {

	private final Organizations organizations;

	private final UserDirectory users;

	IssuerAuthority(Organizations organizations, UserDirectory users) {
		this.organizations = organizations;
		this.users = users;
	}

	boolean administers(AcademyUser user, String issuerCode) {
		return user.hasRole(Role.CLUSTER_ADMIN) || (user.hasRole(Role.LAB_ADMIN)
				&& organizations.find(user.organizationId()).map(OrganizationSummary::code).filter(issuerCode::equals).isPresent());
	}

	void check(AcademyUser user, String issuerCode) {
		if (!administers(user, issuerCode)) {
			throw new AccessDeniedException(user.getUsername() + " does not administer issuer " + issuerCode);
		}
	}

	/** The issuers whose certificates the user administers; every active organization for cluster admins. */
	List<String> issuersOf(AcademyUser user) {
		if (user.hasRole(Role.CLUSTER_ADMIN)) {
			return organizations.active().stream().map(OrganizationSummary::code).toList();
		}
		if (!user.hasRole(Role.LAB_ADMIN)) {
			return List.of();
		}
		return organizations.find(user.organizationId()).map(OrganizationSummary::code).stream().toList();
	}

	/** The ids of the organization's lab admins, who decide on its pending certificates. */
	List<Long> adminIds(String issuerCode) {
		return organizations.findByCode(issuerCode).map(org -> users.withRoleIn(org.id(), Role.LAB_ADMIN)).orElse(List.of());
	}

}
