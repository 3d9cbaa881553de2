package id.ngupi.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * How sessions are kept in PostgreSQL. Two requests of one session running at once (a
 * double click on a form, a second tab) each load the session without an attribute and
 * each add it, typically the flash notice of a POST-redirect-GET; Spring Session inserts
 * a new attribute, so the second insert broke the attribute table's primary key and the
 * member saw a 500. An upsert lets the later write win, as it already does for an
 * attribute both requests change.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
