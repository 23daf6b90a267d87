package cn.yrd.academy.identity.internal;

import java.util.Set;
import java.util.TreeSet;

import cn.yrd.academy.identity.AuditEventType;
import cn.yrd.academy.identity.AuditLog;
import cn.yrd.academy.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What cluster admins do to accounts. Every change is audited; an admin cannot lock themselves out.
 */
@Service
public class AccountAdministration {

	private final UserAccountRepository users;

	private final TrainingBaseRepository bases;

	private final AuditLog auditLog;

	AccountAdministration(UserAccountRepository users, TrainingBaseRepository bases, AuditLog auditLog) {
		this.users = users;
		this.bases = bases;
		this.auditLog = auditLog;
	}

	@Transactional
	public void enable(long userId, String actor) {
		UserAccount user = find(userId);
		user.enable();
		auditLog.record(AuditEventType.ACCOUNT_ENABLED, actor, user.getUsername(), null);
	}

	@Transactional
	public void disable(long userId, String actor) {
		UserAccount user = find(userId);
		if (user.getUsername().equals(actor)) {
			throw new FieldRejected("enabled", "admin.users.error.selfDisable");
		}
		user.disable();
		auditLog.record(AuditEventType.ACCOUNT_DISABLED, actor, user.getUsername(), null);
	}

	@Transactional
	public void unlock(long userId, String actor) {
		UserAccount user = find(userId);
		user.unlock();
		auditLog.record(AuditEventType.ACCOUNT_UNLOCKED, actor, user.getUsername(), null);
	}

	@Transactional
	public void changeRoles(long userId, Set<Role> roles, Long trainingBaseId, String actor) {
		UserAccount user = find(userId);
		if (roles.isEmpty()) {
			throw new FieldRejected("roles", "admin.users.error.noRole");
		}
		if (user.getUsername().equals(actor) && !roles.contains(Role.CLUSTER_ADMIN)) {
			throw new FieldRejected("roles", "admin.users.error.selfDemote");
		}
		TrainingBase base = trainingBaseId == null ? null
				: bases.findById(trainingBaseId).orElseThrow(() -> new FieldRejected("trainingBaseId",
						"admin.users.error.unknownBase"));
		if (roles.contains(Role.LAB_ADMIN) && base == null) {
			throw new FieldRejected("trainingBaseId", "admin.users.error.baseRequired");
		}
		String before = new TreeSet<>(user.getRoles()).toString();
		user.changeRoles(roles);
		user.assignTrainingBase(roles.contains(Role.LAB_ADMIN) ? base : null);
		String after = new TreeSet<>(roles).toString();
		if (!before.equals(after)) {
			auditLog.record(AuditEventType.ROLES_CHANGED, actor, user.getUsername(), before + " -> " + after);
		}
	}

	@Transactional
	public void approvePartner(long userId, String actor) {
		UserAccount user = findPending(userId);
		user.approve();
		user.getOrganization().approve();
		auditLog.record(AuditEventType.PARTNER_APPROVED, actor, user.getUsername(),
				user.getOrganization().getNameZh());
	}

	@Transactional
	public void rejectPartner(long userId, String actor) {
		UserAccount user = findPending(userId);
		user.reject();
		if (user.getOrganization().getStatus() == Organization.Status.PENDING) {
			user.getOrganization().reject();
		}
		auditLog.record(AuditEventType.PARTNER_REJECTED, actor, user.getUsername(),
				user.getOrganization().getNameZh());
	}

	private UserAccount findPending(long userId) {
		UserAccount user = find(userId);
		if (user.getApproval() != UserAccount.Approval.PENDING) {
			throw new FieldRejected("approval", "admin.approvals.error.notPending");
		}
		return user;
	}

	private UserAccount find(long userId) {
		return users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
	}

}
