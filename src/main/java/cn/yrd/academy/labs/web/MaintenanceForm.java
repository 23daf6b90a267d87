package cn.yrd.academy.labs.web;

import java.time.LocalDateTime;

import cn.yrd.academy.shared.validation.SafeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** A maintenance window in the cluster's local time, as {@code datetime-local} inputs send it. */
record MaintenanceForm(
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime end,
		@NotBlank @Size(max = 200) @SafeText String reason) {

	static MaintenanceForm empty() {
		return new MaintenanceForm(null, null, null);
	}

}
