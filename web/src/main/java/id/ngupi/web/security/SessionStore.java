package id.ngupi.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * How sessions are written to PostgreSQL when one member's requests race each other.
 * <p>
 * Two requests of one session (a form sent twice, a double click) each load the session,
 * and each writes the attributes it added, such as the flashed notice. Spring Session
 * inserts an added attribute, so the second insert broke the primary key of
 * {@code spring_session_attributes} and the request ended in a 500. Here an added
 * attribute is an upsert (as Spring Session's
 * {@code PostgreSqlJdbcIndexedSessionRepositoryCustomizer} does), and only into a session
 * that still exists: a request racing a logout, which deletes the session, does not break
 * the foreign key either; its attributes go with the session. The session row is locked
 * against deletion ({@code FOR KEY SHARE}) until the write commits.
 * <p>
 * Updating and removing an attribute cannot fail this way: a statement that finds no row
 * changes nothing. The last request to write an attribute wins, as it always did.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	/**
	 * The attribute insert with Spring Session's parameters in its order: the session's
	 * primary id, the attribute's name, its bytes.
	 */
	static final String CREATE_SESSION_ATTRIBUTE_QUERY = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			SELECT S.PRIMARY_ID, A.NAME, A.BYTES
			FROM (VALUES (?, ?, ?)) AS A (ID, NAME, BYTES)
			JOIN %TABLE_NAME% S ON S.PRIMARY_ID = CAST(A.ID AS CHAR(36))
			FOR KEY SHARE OF S
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentAttributeWrites() {
		return repository -> repository.setCreateSessionAttributeQuery(CREATE_SESSION_ATTRIBUTE_QUERY);
	}

}
