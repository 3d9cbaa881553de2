/*
 * Build-time jOOQ code generation against a real PostgreSQL.
 *
 * Run by exec-maven-plugin in the generate-sources phase as a single-file Java program:
 * starts an embedded PostgreSQL (zonky binaries), lets Flyway apply the migrations, then has
 * jOOQ read the migrated catalogue. The generated code is never committed; a hash of the
 * migrations (and of this file) lets an unchanged build skip the whole step.
 *
 * Arguments: <migration directory> <output directory> <target package> <this source file>
 */

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.SchemaMappingType;
import org.jooq.meta.jaxb.Target;

public class GenerateJooq {

	/** The module schemas; each gets its own sub-package of generated classes. */
	private static final List<String> SCHEMAS = List.of("identity", "hosting", "booking", "feedback", "notifications", "rounds",
			"moderation");

	public static void main(String[] args) throws Exception {
		Path migrations = Path.of(args[0]);
		Path output = Path.of(args[1]);
		String packageName = args[2];
		Path hashFile = output.resolve(".migrations.sha256");

		String hash = hash(migrations, Path.of(args[3]));
		if (Files.isRegularFile(hashFile) && Files.readString(hashFile).equals(hash)) {
			System.out.println("[jooq] migrations unchanged, generated classes are up to date");
			return;
		}

		long started = System.nanoTime();
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(output.getParent().getParent().resolve("codegen-pgdata"))
			.setCleanDataDirectory(true)
			.setRegisterShutdownHook(false)
			.start()) {
			var migration = Flyway.configure()
				.dataSource(postgres.getPostgresDatabase())
				.locations("filesystem:" + migrations.toAbsolutePath())
				.load()
				.migrate();
			System.out.printf("[jooq] Flyway applied %d migration(s) to PostgreSQL on port %d%n",
					migration.migrationsExecuted, postgres.getPort());

			deleteRecursively(output);
			try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
				GenerationTool tool = new GenerationTool();
				tool.setConnection(connection);
				tool.run(configuration(output, packageName));
			}
		}
		Files.createDirectories(output);
		Files.writeString(hashFile, hash);
		System.out.printf("[jooq] generated classes for schemas %s in %d ms%n", SCHEMAS,
				(System.nanoTime() - started) / 1_000_000);
	}

	private static Configuration configuration(Path output, String packageName) {
		Database database = new Database().withName("org.jooq.meta.postgres.PostgresDatabase")
			.withSchemata(SCHEMAS.stream().map(name -> new SchemaMappingType().withInputSchema(name)).toList())
			.withExcludes("flyway_schema_history|event_publication.*")
			.withIncludeRoutines(false)
			.withTableValuedFunctions(false)
			.withIncludeUDTs(true)
			.withForcedTypes(new ForcedType().withName("VARCHAR").withIncludeTypes("citext|tsvector"));
		Generate generate = new Generate().withRecords(true)
			.withPojos(false)
			.withDaos(false)
			.withFluentSetters(true)
			.withJavaTimeTypes(true)
			.withGeneratedAnnotation(false)
			.withComments(true);
		return new Configuration().withGenerator(new Generator().withDatabase(database)
			.withGenerate(generate)
			.withTarget(new Target().withPackageName(packageName)
				.withDirectory(output.toString())
				.withClean(true)));
	}

	private static String hash(Path migrations, Path self) throws IOException, NoSuchAlgorithmException {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		List<Path> files;
		try (Stream<Path> walk = Files.walk(migrations)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		for (Path file : files) {
			digest.update(migrations.relativize(file).toString().getBytes());
			digest.update(Files.readAllBytes(file));
		}
		if (Files.isRegularFile(self)) {
			digest.update(Files.readAllBytes(self));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			walk.sorted((a, b) -> b.compareTo(a)).forEach(path -> {
				try {
					Files.delete(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

}
