package id.ngupi.web.bench;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The bench profile's parts exist only when Ngupi measures itself: the {@code bench}
 * profile is active, Ngupi runs its own throw-away PostgreSQL (no
 * {@code spring.datasource.url}) and no OAuth provider has credentials. In every other
 * configuration they do not exist at all, not even as disabled endpoints.
 */
class BenchEnabled implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		return environment.matchesProfiles("bench") && !environment.containsProperty("spring.datasource.url")
				&& blank(environment, "ngupi.oauth.github.client-id")
				&& blank(environment, "ngupi.oauth.twitter.client-id");
	}

	private static boolean blank(Environment environment, String property) {
		String value = environment.getProperty(property);
		return value == null || value.isBlank();
	}

}
