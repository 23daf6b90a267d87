package cn.yrd.academy.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ChangePasswordForm(@NotBlank String currentPassword, @NotBlank @Size(max = 200) String newPassword,
		String confirmPassword) {

	static ChangePasswordForm empty() {
		return new ChangePasswordForm(null, null, null);
	}

}
