package cn.yrd.academy.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Plain text for names and addresses: no markup brackets and no control characters. Output is
 * always escaped anyway; this keeps script-laden input out of the data other systems read.
 */
@Documented
@Constraint(validatedBy = SafeTextValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface SafeText {

	String message() default "{validation.safeText}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
