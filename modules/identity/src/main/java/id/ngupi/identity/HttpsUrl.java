package id.ngupi.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An absolute {@code https} URL with a host (so never {@code javascript:}, {@code data:}
 * or plain {@code http}), optionally on one of the given hosts or their subdomains.
 * Absent values are valid.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HttpsUrl.Validator.class)
public @interface HttpsUrl {

	String message() default "{validation.httpsUrl}";

	/** Hosts the URL must be on (a subdomain counts); empty for any host. */
	String[] hosts() default {};

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link HttpsUrl}. */
	class Validator implements ConstraintValidator<HttpsUrl, String> {

		private String[] hosts = new String[0];

		@Override
		public void initialize(HttpsUrl annotation) {
			this.hosts = annotation.hosts();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || isHttpsUrl(value, this.hosts);
		}

		public static boolean isHttpsUrl(String value, String... hosts) {
			try {
				// strip, not trim: trim also drops control characters at either end, so a
				// link ending in a NUL byte passed here and then failed in PostgreSQL
				URI uri = new URI(value.strip());
				String host = uri.getHost();
				if (!"https".equalsIgnoreCase(uri.getScheme()) || host == null || uri.getUserInfo() != null) {
					return false;
				}
				String lowerHost = host.toLowerCase(Locale.ROOT);
				return hosts.length == 0 || Arrays.stream(hosts)
					.anyMatch(allowed -> lowerHost.equals(allowed) || lowerHost.endsWith("." + allowed));
			}
			catch (URISyntaxException ex) {
				return false;
			}
		}

	}

}
