package cn.yrd.academy.booking.internal;

import java.time.Clock;

import cn.yrd.academy.identity.OrganizationSummary;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.identity.TrainingBases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo quotas: every demo organization may book 12 hours a week at every base of another organization, so a
 * student of any member can try the machines across the cluster. Grants that exist are left as they are.
 */
@Component
@Profile("demo")
@Order(300)
class DemoQuotas implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoQuotas.class);

	static final int WEEKLY_MINUTES = 12 * 60;

	/** Granted by the system rather than a person. */
	private static final long SYSTEM = 0;

	private final Organizations organizations;

	private final TrainingBases bases;

	private final Quotas quotas;

	private final Clock clock;

	DemoQuotas(Organizations organizations, TrainingBases bases, Quotas quotas, Clock clock) {
		this.organizations = organizations;
		this.bases = bases;
		this.quotas = quotas;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		int granted = 0;
		for (TrainingBaseSummary base : bases.all()) {
			for (OrganizationSummary organization : organizations.active()) {
				if (organization.id() != base.organizationId()
						&& quotas.grantIfAbsent(organization.id(), base.id(), WEEKLY_MINUTES, SYSTEM, clock.instant())) {
					granted++;
				}
			}
		}
		if (granted > 0) {
			log.info("Demo quotas: granted {} organization × base quotas of {} hours a week", granted,
					WEEKLY_MINUTES / 60);
		}
	}

}
