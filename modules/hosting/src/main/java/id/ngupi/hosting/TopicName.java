package id.ngupi.hosting;

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
 * A topic as a member writes it: at most {@value TopicNames#MAX_LENGTH} characters, no
 * control characters, and at least one letter or digit to tell it apart.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TopicName.Validator.class)
public @interface TopicName {

	String message() default "{validation.host.topic}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link TopicName}. */
	class Validator implements ConstraintValidator<TopicName, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value != null && value.strip().length() <= TopicNames.MAX_LENGTH && value.matches(PlainText.ONE_LINE)
					&& TopicNames.keyOf(value).isPresent();
		}

	}

}
