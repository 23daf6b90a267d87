package cn.yrd.academy.remote.internal;

import java.util.Locale;
import java.util.Set;

import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.internal.AccountAdministration;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.identity.internal.UserAccount;
import cn.yrd.academy.support.TestStudents;

/**
 * Staff accounts for the remote tests, registered fresh and given their roles as a cluster admin would:
 * instructors of an organization (TONGJI owns PLC-101) and lab admins of a base.
 */
final class RemoteTestStaff {

	/** The organization that owns PLC-101: its instructors teach the test bookings' course. */
	static final String COURSE_OWNER = "TONGJI";

	private final Registrations registrations;

	private final OrganizationRepository organizations;

	private final AccountAdministration administration;

	RemoteTestStaff(Registrations registrations, OrganizationRepository organizations,
			AccountAdministration administration) {
		this.registrations = registrations;
		this.organizations = organizations;
		this.administration = administration;
	}

	UserAccount instructor(String organizationCode) {
		return account("instr", organizationCode, Set.of(Role.INSTRUCTOR), null);
	}

	UserAccount labAdmin(long baseId) {
		return account("labadm", TestStudents.ORGANIZATION_CODE, Set.of(Role.LAB_ADMIN), baseId);
	}

	private UserAccount account(String prefix, String organizationCode, Set<Role> roles, Long baseId) {
		String username = TestStudents.uniqueUsername(prefix);
		UserAccount account = registrations.registerStudent(new Registrations.NewAccount(username, "教职" + username,
				username + "@example.cn", null, TestStudents.PASSWORD, Locale.SIMPLIFIED_CHINESE),
				organizations.findByCode(organizationCode).orElseThrow().getId());
		administration.changeRoles(account.getId(), roles, baseId, "test");
		return account;
	}

}
