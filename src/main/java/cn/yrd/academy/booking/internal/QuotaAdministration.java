package cn.yrd.academy.booking.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.AuditEventType;
import cn.yrd.academy.identity.AuditLog;
import cn.yrd.academy.identity.OrganizationSummary;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.shared.text.Bilingual;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a cluster admin does with organization quotas: the grants with their names, granting or changing one,
 * and revoking it, each recorded in the audit log.
 */
@Service
public class QuotaAdministration {

	/** A grant as the admin page lists it; names are empty when the organization or base has gone. */
	public record GrantView(long organizationId, String organizationCode, Bilingual organizationName, long baseId,
			String baseCode, Bilingual baseName, int weeklyMinutes, Instant grantedAt) {

		/** Plain hours such as 20 or 12.5, never 2E+1; minutes set outside the half-hour grid are rounded. */
		public BigDecimal hours() {
			BigDecimal hours = BigDecimal.valueOf(weeklyMinutes)
				.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
				.stripTrailingZeros();
			return hours.scale() < 0 ? hours.setScale(0) : hours;
		}

	}

	/** A grant named an organization or base that cannot have one; nothing was written. */
	public static class GrantRejected extends RuntimeException {

		private final String field;

		private final String messageKey;

		GrantRejected(String field, String messageKey) {
			super(field + ": " + messageKey, null, false, false);
			this.field = field;
			this.messageKey = messageKey;
		}

		public String field() {
			return field;
		}

		public String messageKey() {
			return messageKey;
		}

	}

	private static final Bilingual UNKNOWN = new Bilingual("", "");

	private final Quotas quotas;

	private final Organizations organizations;

	private final TrainingBases bases;

	private final AuditLog auditLog;

	private final Clock clock;

	QuotaAdministration(Quotas quotas, Organizations organizations, TrainingBases bases, AuditLog auditLog,
			Clock clock) {
		this.quotas = quotas;
		this.organizations = organizations;
		this.bases = bases;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<GrantView> grants() {
		return quotas.all().stream().map(grant -> {
			Optional<OrganizationSummary> organization = organizations.find(grant.organizationId());
			Optional<TrainingBaseSummary> base = bases.find(grant.baseId());
			return new GrantView(grant.organizationId(), organization.map(OrganizationSummary::code).orElse(""),
					organization.map(OrganizationSummary::name).orElse(UNKNOWN), grant.baseId(),
					base.map(TrainingBaseSummary::code).orElse(""), base.map(TrainingBaseSummary::name).orElse(UNKNOWN),
					grant.weeklyMinutes(), grant.grantedAt());
		}).toList();
	}

	/** The organizations a grant may name. */
	public List<OrganizationSummary> organizations() {
		return organizations.active();
	}

	public List<TrainingBaseSummary> bases() {
		return bases.all();
	}

	/** The current grant of the organization at the base, to fill the form for a change. */
	@Transactional(readOnly = true)
	public Optional<GrantView> grant(long organizationId, long baseId) {
		return grants().stream()
			.filter(grant -> grant.organizationId() == organizationId && grant.baseId() == baseId)
			.findFirst();
	}

	/**
	 * Grants the organization weekly minutes at the base, replacing an earlier grant.
	 * @throws GrantRejected when the organization is not active or the base does not exist
	 */
	@Transactional
	public void grant(long organizationId, long baseId, int weeklyMinutes, AcademyUser admin) {
		OrganizationSummary organization = organizations.active()
			.stream()
			.filter(candidate -> candidate.id() == organizationId)
			.findFirst()
			.orElseThrow(() -> new GrantRejected("organizationId", "quota.organization.unknown"));
		TrainingBaseSummary base = bases.find(baseId)
			.orElseThrow(() -> new GrantRejected("baseId", "quota.base.unknown"));
		quotas.grant(organizationId, baseId, weeklyMinutes, admin.id(), clock.instant());
		auditLog.record(AuditEventType.QUOTA_GRANTED, admin.getUsername(), subject(organization.code(), base.code()),
				"weeklyMinutes=" + weeklyMinutes);
	}

	/** Revokes the grant; the organization then books at the base as if it never had one. */
	@Transactional
	public boolean revoke(long organizationId, long baseId, AcademyUser admin) {
		boolean revoked = quotas.revoke(organizationId, baseId);
		if (revoked) {
			String organization = organizations.find(organizationId)
				.map(OrganizationSummary::code)
				.orElse(String.valueOf(organizationId));
			String base = bases.find(baseId).map(TrainingBaseSummary::code).orElse(String.valueOf(baseId));
			auditLog.record(AuditEventType.QUOTA_REVOKED, admin.getUsername(), subject(organization, base), null);
		}
		return revoked;
	}

	private static String subject(String organizationCode, String baseCode) {
		return organizationCode + "@" + baseCode;
	}

}
