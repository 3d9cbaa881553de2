package id.ngupi.web.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The demo login exists only when Ngupi runs on its own: the {@code demo} profile is
 * active and no OAuth provider has credentials. In every other configuration it does not
 * exist at all, not even as a disabled endpoint.
 */
class DemoLoginEnabled implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		return environment.matchesProfiles("demo") && blank(environment, "ngupi.oauth.github.client-id")
				&& blank(environment, "ngupi.oauth.twitter.client-id");
	}

	private static boolean blank(Environment environment, String property) {
		String value = environment.getProperty(property);
		return value == null || value.isBlank();
	}

}
