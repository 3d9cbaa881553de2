package archfixture.hosting;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;

/** A module's own constraint: web would repeat the module's rule by declaring it. */
@Constraint(validatedBy = {})
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Size(max = 20)
public @interface ShortText {

	String message() default "{validation.short}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
