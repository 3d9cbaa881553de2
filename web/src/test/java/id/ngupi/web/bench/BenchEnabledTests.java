package id.ngupi.web.bench;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bench profile's login for made-up members and its other endpoints exist only while
 * Ngupi measures itself on its own throw-away database: never with a configured database,
 * never with a login provider, never without the profile.
 */
class BenchEnabledTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Guarded.class);

	@Test
	void onlyTheBenchProfileOnTheEmbeddedDatabaseWithoutProvidersHasThem() {
		this.runner.withPropertyValues("spring.profiles.active=bench")
			.run(context -> assertThat(context).hasSingleBean(Marker.class));
		this.runner.run(context -> assertThat(context).doesNotHaveBean(Marker.class));
		this.runner.withPropertyValues("spring.profiles.active=demo")
			.run(context -> assertThat(context).doesNotHaveBean(Marker.class));
		this.runner
			.withPropertyValues("spring.profiles.active=bench", "spring.datasource.url=jdbc:postgresql://db/ngupi")
			.run(context -> assertThat(context).doesNotHaveBean(Marker.class));
		this.runner.withPropertyValues("spring.profiles.active=bench", "ngupi.oauth.github.client-id=abc")
			.run(context -> assertThat(context).doesNotHaveBean(Marker.class));
		this.runner.withPropertyValues("spring.profiles.active=bench", "ngupi.oauth.twitter.client-id=abc")
			.run(context -> assertThat(context).doesNotHaveBean(Marker.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class Guarded {

		@Bean
		@Conditional(BenchEnabled.class)
		Marker marker() {
			return new Marker();
		}

	}

	static class Marker {

	}

}
