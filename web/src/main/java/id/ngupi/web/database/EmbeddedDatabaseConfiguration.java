package id.ngupi.web.database;

import id.ngupi.db.embedded.EmbeddedPostgresServer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no {@code spring.datasource.url} configured, Ngupi starts its own PostgreSQL so
 * that a newcomer can run it with one command. Boot builds its usual connection pool from
 * the {@link JdbcConnectionDetails} below, so Flyway, jOOQ and the event registry use
 * this server unchanged. With a URL configured this class does nothing.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties.dataDirectory(), properties.port());
		server.createDatabaseIfMissing(properties.database());
		return server;
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresServer server,
			EmbeddedDatabaseProperties properties) {
		String url = server.jdbcUrl(properties.database());
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return server.username();
			}

			@Override
			public String getPassword() {
				return server.password();
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}

		};
	}

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !context.getEnvironment().containsProperty("spring.datasource.url");
		}

	}

}
