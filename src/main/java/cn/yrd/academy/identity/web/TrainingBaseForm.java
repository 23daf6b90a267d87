package cn.yrd.academy.identity.web;

import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.internal.Directory.BaseDetails;
import cn.yrd.academy.identity.internal.DirectoryViews.BaseView;
import cn.yrd.academy.shared.validation.SafeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record TrainingBaseForm(
		@NotBlank @Pattern(regexp = OrganizationForm.CODE_PATTERN, message = "{validation.code}") String code,
		@NotNull Long organizationId,
		@NotBlank @Size(max = 120) @SafeText String nameZh,
		@NotBlank @Size(max = 160) @SafeText String nameEn,
		@NotNull Province province,
		@NotBlank @Size(max = 60) @SafeText String city,
		@NotBlank @Size(max = 255) @SafeText String address) {

	static TrainingBaseForm empty() {
		return new TrainingBaseForm(null, null, null, null, null, null, null);
	}

	static TrainingBaseForm of(BaseView view) {
		return new TrainingBaseForm(view.code(), view.organization().id(), view.name().zh(), view.name().en(),
				view.province(), view.city(), view.address());
	}

	BaseDetails details() {
		return new BaseDetails(code, organizationId, nameZh.trim(), nameEn.trim(), province, city.trim(),
				address.trim());
	}

}
