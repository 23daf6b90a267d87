package cn.yrd.academy.booking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

import cn.yrd.academy.identity.TrainingBaseSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weekly hours a cluster admin grants an organization at a training base. A base's own organization books
 * without limit unless a quota is set for it; any other organization needs a grant.
 */
@Service
public class Quotas {

	/** A grant as the admin page lists it. */
	public record Grant(long organizationId, long baseId, int weeklyMinutes, Instant grantedAt) {
	}

	private final JdbcTemplate jdbc;

	Quotas(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Minutes the organization has left at the base in the week, negative when over; empty when unlimited. With {@code lock} the
	 * grant's row stays locked until the transaction ends, so concurrent bookings of the organization at the
	 * base are counted one after the other.
	 */
	OptionalLong remaining(long organizationId, TrainingBaseSummary base, LocalDate week, boolean lock) {
		List<Integer> granted = jdbc.queryForList("SELECT weekly_minutes FROM org_quotas WHERE organization_id = ?"
				+ " AND base_id = ?" + (lock ? " FOR UPDATE" : ""), Integer.class, organizationId, base.id());
		if (granted.isEmpty() && base.organizationId() == organizationId) {
			return OptionalLong.empty();
		}
		long allowed = granted.isEmpty() ? 0 : granted.get(0);
		// Plain SQL: it runs while the grant's row is locked, and Hibernate would rebuild the query each time
		// (a collection parameter keeps it from caching the translation).
		long used = jdbc.queryForObject("SELECT COALESCE(SUM(minutes), 0) FROM bookings WHERE organization_id = ?"
				+ " AND base_id = ? AND week_start = ? AND status <> 'CANCELLED' AND block_id IS NULL", Long.class,
				organizationId, base.id(), week);
		return OptionalLong.of(allowed - used);
	}

	@Transactional(readOnly = true)
	public List<Grant> all() {
		return jdbc.query("SELECT organization_id, base_id, weekly_minutes, granted_at FROM org_quotas"
				+ " ORDER BY base_id, organization_id", (rs, row) -> new Grant(rs.getLong(1), rs.getLong(2),
						rs.getInt(3), Cells.instant(rs.getTimestamp(4))));
	}

	@Transactional
	public void grant(long organizationId, long baseId, int weeklyMinutes, long grantedBy, Instant now) {
		jdbc.update("INSERT INTO org_quotas (organization_id, base_id, weekly_minutes, granted_by, granted_at)"
				+ " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE weekly_minutes = VALUES(weekly_minutes),"
				+ " granted_by = VALUES(granted_by), granted_at = VALUES(granted_at)", organizationId, baseId,
				weeklyMinutes, grantedBy, Cells.sql(now));
	}

	/** Grants only where no grant exists; {@code true} if it granted. */
	@Transactional
	public boolean grantIfAbsent(long organizationId, long baseId, int weeklyMinutes, long grantedBy, Instant now) {
		return jdbc.update("INSERT IGNORE INTO org_quotas (organization_id, base_id, weekly_minutes, granted_by,"
				+ " granted_at) VALUES (?, ?, ?, ?, ?)", organizationId, baseId, weeklyMinutes, grantedBy,
				Cells.sql(now)) == 1;
	}

	@Transactional
	public boolean revoke(long organizationId, long baseId) {
		return jdbc.update("DELETE FROM org_quotas WHERE organization_id = ? AND base_id = ?", organizationId,
				baseId) == 1;
	}

}
