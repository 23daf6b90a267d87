package cn.yrd.academy.identity.internal;

import java.time.Clock;

import cn.yrd.academy.identity.AuditEventType;
import cn.yrd.academy.identity.AuditLog;
import cn.yrd.academy.identity.OrganizationType;
import cn.yrd.academy.identity.Province;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cluster's member organizations and training bases, kept by cluster admins.
 */
@Service
public class Directory {

	private final OrganizationRepository organizations;

	private final TrainingBaseRepository bases;

	private final AuditLog auditLog;

	private final Clock clock;

	Directory(OrganizationRepository organizations, TrainingBaseRepository bases, AuditLog auditLog, Clock clock) {
		this.organizations = organizations;
		this.bases = bases;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	public record OrganizationDetails(String code, OrganizationType type, Province province, String city,
			String nameZh, String nameEn) {
	}

	public record BaseDetails(String code, long organizationId, String nameZh, String nameEn, Province province,
			String city, String address) {
	}

	@Transactional
	public Organization saveOrganization(Long id, OrganizationDetails details, String actor) {
		Organization organization;
		if (id == null) {
			if (organizations.existsByCode(details.code())) {
				throw new FieldRejected("code", "admin.error.codeTaken");
			}
			checkNameFree(details.nameZh(), null);
			organization = organizations.save(new Organization(details.code(), details.type(), details.province(),
					details.city(), details.nameZh(), details.nameEn(), Organization.Status.ACTIVE, clock.instant()));
		}
		else {
			organization = organization(id);
			checkNameFree(details.nameZh(), organization);
			organization.update(details.type(), details.province(), details.city(), details.nameZh(),
					details.nameEn());
		}
		auditLog.record(AuditEventType.ORGANIZATION_SAVED, actor, organization.getCode(), details.nameZh());
		return organization;
	}

	@Transactional
	public TrainingBase saveBase(Long id, BaseDetails details, String actor) {
		Organization organization = organizations.findById(details.organizationId())
			.orElseThrow(() -> new FieldRejected("organizationId", "admin.error.unknownOrganization"));
		TrainingBase base;
		if (id == null) {
			if (bases.existsByCode(details.code())) {
				throw new FieldRejected("code", "admin.error.codeTaken");
			}
			base = bases.save(new TrainingBase(details.code(), organization, details.nameZh(), details.nameEn(),
					details.province(), details.city(), details.address(), clock.instant()));
		}
		else {
			base = base(id);
			base.update(organization, details.nameZh(), details.nameEn(), details.province(), details.city(),
					details.address());
		}
		auditLog.record(AuditEventType.TRAINING_BASE_SAVED, actor, base.getCode(), details.nameZh());
		return base;
	}

	private Organization organization(long id) {
		return organizations.findById(id).orElseThrow(() -> new OrganizationNotFoundException(id));
	}

	private TrainingBase base(long id) {
		return bases.findWithOrganizationById(id).orElseThrow(() -> new OrganizationNotFoundException(id));
	}

	private void checkNameFree(String nameZh, Organization current) {
		organizations.findByNameZh(nameZh)
			.filter(other -> current == null || !other.getId().equals(current.getId()))
			.ifPresent(other -> {
				throw new FieldRejected("nameZh", "admin.error.nameTaken");
			});
	}

}
