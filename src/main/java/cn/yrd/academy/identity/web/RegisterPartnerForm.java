package cn.yrd.academy.identity.web;

import cn.yrd.academy.identity.Province;
import cn.yrd.academy.shared.validation.SafeText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record RegisterPartnerForm(
		@NotBlank @Size(max = 120) @SafeText String companyNameZh,
		@NotBlank @Size(max = 160) @SafeText String companyNameEn,
		@NotNull Province province,
		@NotBlank @Size(max = 60) @SafeText String city,
		@NotBlank @Pattern(regexp = RegisterStudentForm.USERNAME_PATTERN, message = "{validation.username}") String username,
		@NotBlank @Size(max = 60) @SafeText String displayName,
		@NotBlank @Email @Size(max = 120) String email,
		@Pattern(regexp = RegisterStudentForm.PHONE_PATTERN, message = "{validation.phone}") String phone,
		@NotBlank @Size(max = 200) String password,
		String confirmPassword) {

	static RegisterPartnerForm empty() {
		return new RegisterPartnerForm(null, null, null, null, null, null, null, null, null, null);
	}

}
