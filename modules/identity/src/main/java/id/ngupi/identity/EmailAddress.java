package id.ngupi.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An address a member gives for mail: present, shaped like an email address, at most
 * {@value Accounts#EMAIL_MAX_LENGTH} characters. Written once, here; the account facade
 * and any form that takes an address use it.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@ReportAsSingleViolation
@NotBlank
@Email
@Size(max = Accounts.EMAIL_MAX_LENGTH)
public @interface EmailAddress {

	String message() default "{validation.email}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
