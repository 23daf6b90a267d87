package cn.yrd.academy.labs.web;

import java.time.LocalDate;

import cn.yrd.academy.shared.validation.SafeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

record ClosureForm(
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
		@NotBlank @Size(max = 200) @SafeText String reason) {

	static ClosureForm empty() {
		return new ClosureForm(null, null);
	}

}
