package cn.yrd.academy.identity.web;

import cn.yrd.academy.identity.OrganizationType;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.internal.Directory.OrganizationDetails;
import cn.yrd.academy.identity.internal.DirectoryViews.OrganizationView;
import cn.yrd.academy.shared.validation.SafeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record OrganizationForm(
		@NotBlank @Pattern(regexp = CODE_PATTERN, message = "{validation.code}") String code,
		@NotNull OrganizationType type,
		@NotNull Province province,
		@NotBlank @Size(max = 60) @SafeText String city,
		@NotBlank @Size(max = 120) @SafeText String nameZh,
		@NotBlank @Size(max = 160) @SafeText String nameEn) {

	static final String CODE_PATTERN = "^[A-Z0-9][A-Z0-9-]{1,39}$";

	static OrganizationForm empty() {
		return new OrganizationForm(null, null, null, null, null, null);
	}

	static OrganizationForm of(OrganizationView view) {
		return new OrganizationForm(view.code(), view.type(), view.province(), view.city(), view.name().zh(),
				view.name().en());
	}

	OrganizationDetails details() {
		return new OrganizationDetails(code, type, province, city.trim(), nameZh.trim(), nameEn.trim());
	}

}
