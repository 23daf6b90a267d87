package cn.yrd.academy.booking.web;

import java.math.BigDecimal;

import cn.yrd.academy.booking.internal.QuotaAdministration.GrantView;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * Weekly hours for an organization at a training base, in steps of half an hour (the booking grid).
 */
record GrantQuotaForm(@NotNull Long organizationId, @NotNull Long baseId,
		@NotNull @DecimalMin(value = "0", message = "{quota.hours.range}")
		@DecimalMax(value = "168", message = "{quota.hours.range}") BigDecimal hours) {

	private static final BigDecimal HALF_HOUR = new BigDecimal("0.5");

	static GrantQuotaForm empty() {
		return new GrantQuotaForm(null, null, null);
	}

	static GrantQuotaForm of(GrantView grant) {
		return new GrantQuotaForm(grant.organizationId(), grant.baseId(), grant.hours());
	}

	boolean isOnHalfHours() {
		return hours.remainder(HALF_HOUR).signum() == 0;
	}

	int weeklyMinutes() {
		return hours.multiply(BigDecimal.valueOf(60)).intValueExact();
	}

}
