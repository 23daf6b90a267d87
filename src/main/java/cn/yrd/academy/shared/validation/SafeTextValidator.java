package cn.yrd.academy.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class SafeTextValidator implements ConstraintValidator<SafeText, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		return value == null || value.chars().noneMatch(SafeTextValidator::isForbidden);
	}

	private static boolean isForbidden(int ch) {
		return ch == '<' || ch == '>' || Character.isISOControl(ch);
	}

}
