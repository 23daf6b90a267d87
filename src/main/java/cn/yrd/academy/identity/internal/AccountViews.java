package cn.yrd.academy.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import cn.yrd.academy.identity.AuditEventType;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.internal.DirectoryViews.BaseView;
import cn.yrd.academy.identity.internal.DirectoryViews.OrganizationView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Read-only views of accounts and the audit log for pages.
 */
@Service
@Transactional(readOnly = true)
public class AccountViews {

	public static final int PAGE_SIZE = 20;

	private final UserAccountRepository users;

	private final AuditEventRepository auditEvents;

	private final Clock clock;

	AccountViews(UserAccountRepository users, AuditEventRepository auditEvents, Clock clock) {
		this.users = users;
		this.auditEvents = auditEvents;
		this.clock = clock;
	}

	public record UserView(long id, String username, String displayName, String email, String phone,
			OrganizationView organization, BaseView trainingBase, Set<Role> roles, String preferredLocale,
			boolean enabled, UserAccount.Approval approval, Instant lockedUntil, Instant createdAt,
			Instant lastLoginAt) {

		public boolean locked() {
			return lockedUntil != null;
		}

	}

	public record AdminCounts(long users, long pendingApprovals) {
	}

	public UserView user(long id) {
		return users.findById(id).map(this::view).orElseThrow(() -> new UserNotFoundException(id));
	}

	public Page<UserView> search(String query, Long organizationId, int page) {
		String term = StringUtils.hasText(query) ? query.trim() : null;
		return users.search(term, organizationId,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("username")))
			.map(this::view);
	}

	public List<UserView> pendingPartners() {
		return users.findByApprovalOrderByCreatedAtAsc(UserAccount.Approval.PENDING).stream().map(this::view).toList();
	}

	public AdminCounts adminCounts() {
		return new AdminCounts(users.count(), users.countByApproval(UserAccount.Approval.PENDING));
	}

	public Page<AuditEvent> audit(AuditEventType type, String username, Instant from, Instant to, int page) {
		return auditEvents.search(type, StringUtils.hasText(username) ? username.trim() : null, from, to,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE * 2, Sort.by(Sort.Direction.DESC, "occurredAt", "id")));
	}

	private UserView view(UserAccount user) {
		Instant now = clock.instant();
		return new UserView(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(), user.getPhone(),
				OrganizationView.of(user.getOrganization()),
				user.getTrainingBase() == null ? null : BaseView.of(user.getTrainingBase()), user.getRoles(),
				user.getPreferredLocale(), user.isEnabled(), user.getApproval(),
				user.isLocked(now) ? user.getLockedUntil() : null, user.getCreatedAt(), user.getLastLoginAt());
	}

}
