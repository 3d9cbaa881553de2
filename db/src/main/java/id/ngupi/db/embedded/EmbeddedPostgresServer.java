package id.ngupi.db.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the zonky binaries on Maven Central, for running Ngupi
 * (and its tests) on a machine with no database installed. With a data directory that is
 * kept between runs, whatever was written before is still there after a restart.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final String USER = "postgres";

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * Starts a server on the given data directory, creating it on first use and keeping
	 * it afterwards, so data survives a restart.
	 * @param dataDirectory where the cluster lives; kept when the server stops
	 * @param port the port to listen on, or 0 for any free port
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
		return start(dataDirectory, port, true);
	}

	/**
	 * Starts a throw-away server (for tests) on any free port; its data directory is
	 * deleted when it stops.
	 */
	public static EmbeddedPostgresServer startTemporary(Path dataDirectory) {
		return start(dataDirectory, 0, false);
	}

	private static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean keepData) {
		try {
			Files.createDirectories(dataDirectory);
			stopLeftoverServer(dataDirectory);
			long started = System.nanoTime();
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(!keepData)
				.setPort(port == 0 ? freePort() : port)
				.setPGStartupWait(Duration.ofSeconds(30))
				// Spring closes the server after everything using it; zonky's own
				// JVM hook would stop it while the application is still shutting down.
				.setRegisterShutdownHook(false)
				.setServerConfig("timezone", "UTC")
				// zonky trades durability for speed; data meant to be kept must survive a
				// crash
				.setServerConfig("synchronous_commit", keepData ? "on" : "off")
				.setServerConfig("max_connections", "200")
				.start();
			log.info("Embedded PostgreSQL started in {} ms on port {}, data in {}",
					(System.nanoTime() - started) / 1_000_000, postgres.getPort(), dataDirectory.toAbsolutePath());
			return new EmbeddedPostgresServer(postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	/** Creates a database on this server unless it exists already. */
	public void createDatabaseIfMissing(String name) {
		if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("Not a plain database name: " + name);
		}
		try (var connection = this.postgres.getPostgresDatabase().getConnection();
				var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			exists.setString(1, name);
			try (var result = exists.executeQuery()) {
				if (!result.next()) {
					try (var create = connection.createStatement()) {
						create.execute("CREATE DATABASE " + name);
					}
				}
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
	}

	public String jdbcUrl(String database) {
		return this.postgres.getJdbcUrl(USER, database);
	}

	public String username() {
		return USER;
	}

	public String password() {
		return USER;
	}

	public int port() {
		return this.postgres.getPort();
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A server left running by a process that was killed (not stopped) still holds the
	 * data directory; stop it so the directory can be used again.
	 */
	private static void stopLeftoverServer(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> leftover = lines.isEmpty() ? Optional.empty()
				: parsePid(lines.get(0)).flatMap(ProcessHandle::of);
		if (leftover.isPresent() && leftover.get().info().command().orElse("").contains("postgres")) {
			log.warn("Stopping a PostgreSQL server (pid {}) left running on {}", leftover.get().pid(), dataDirectory);
			leftover.get().destroy();
			leftover.get().onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
		}
		Files.deleteIfExists(pidFile);
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

}
