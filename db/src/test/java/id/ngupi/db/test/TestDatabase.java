package id.ngupi.db.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import id.ngupi.db.embedded.EmbeddedPostgresServer;

/**
 * The PostgreSQL every test runs against: one embedded server per test JVM, started on
 * first use, and a fresh database on it for each Spring test context. The server stops
 * when the last context using it closes, after that context's connection pool.
 */
public final class TestDatabase {

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgresServer server;

	private static int leases;

	private TestDatabase() {
	}

	/**
	 * Creates a new, empty database for one test context and keeps the server up for it.
	 */
	public static synchronized Lease lease() {
		if (server == null) {
			server = EmbeddedPostgresServer.startTemporary(newDataDirectory());
		}
		leases++;
		String name = "ngupi_test_" + databases.incrementAndGet();
		server.createDatabaseIfMissing(name);
		return new Lease(server.jdbcUrl(name), server.username(), server.password());
	}

	static synchronized void release() {
		leases--;
		if (leases == 0 && server != null) {
			server.close();
			server = null;
		}
	}

	private static Path newDataDirectory() {
		try {
			return Files.createTempDirectory("ngupi-test-pgdata");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One context's database; {@link #close()} gives it back.
	 *
	 * @param jdbcUrl the database's URL
	 * @param username the user to connect as
	 * @param password that user's password
	 */
	public record Lease(String jdbcUrl, String username, String password) implements AutoCloseable {

		@Override
		public void close() {
			release();
		}

	}

}
