package cn.yrd.academy.identity.web;

import cn.yrd.academy.shared.validation.SafeText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record RegisterStudentForm(
		@NotBlank @Pattern(regexp = USERNAME_PATTERN, message = "{validation.username}") String username,
		@NotBlank @Size(max = 60) @SafeText String displayName,
		@NotBlank @Email @Size(max = 120) String email,
		@Pattern(regexp = PHONE_PATTERN, message = "{validation.phone}") String phone,
		@NotNull Long organizationId,
		@NotBlank @Size(max = 200) String password,
		String confirmPassword) {

	static final String USERNAME_PATTERN = "^[a-z][a-z0-9._-]{2,31}$";

	static final String PHONE_PATTERN = "^$|^\\+?[0-9 -]{6,20}$";

	static RegisterStudentForm empty() {
		return new RegisterStudentForm(null, null, null, null, null, null, null);
	}

}
