package id.ngupi.booking;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import id.ngupi.identity.TextRules;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A message one participant writes to the other (a cancel reason, the host's answer to a
 * request): at most {@value #MAX} characters, as the database checks, and no control
 * characters but line breaks and tabs. Too long is refused, never cut; each broken rule
 * reports its own message.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Size(max = MemberMessage.MAX, message = "{validation.booking.message.size}")
@Pattern(regexp = MemberMessage.PLAIN_TEXT, message = "{validation.plainText}")
public @interface MemberMessage {

	/** The longest message (the database checks the same). */
	int MAX = 1000;

	/** Text whose only control characters are line breaks and tabs. */
	String PLAIN_TEXT = TextRules.MULTI_LINE;

	String message() default "{validation.plainText}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
