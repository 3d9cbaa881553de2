package id.ngupi.web.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data and which port it listens on, used only
 * when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory the cluster's directory, relative to the working folder by default
 * @param port the port, fixed so that {@code psql} can connect; 0 picks a free one
 * @param database the database Ngupi uses on that server
 */
@ConfigurationProperties("ngupi.embedded-database")
record EmbeddedDatabaseProperties(Path dataDirectory, int port, String database) {
}
