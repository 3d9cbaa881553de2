package id.ngupi.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A well-formed handle that is not reserved for the platform; see {@link Handle}.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidHandle.Validator.class)
public @interface ValidHandle {

	String message() default "{validation.handle.format}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link ValidHandle}. */
	class Validator implements ConstraintValidator<ValidHandle, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || !Handle.isWellFormed(value)) {
				return false;
			}
			if (Handle.isReserved(value)) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{validation.handle.reserved}").addConstraintViolation();
				return false;
			}
			return true;
		}

	}

}
