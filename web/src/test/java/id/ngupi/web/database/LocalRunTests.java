package id.ngupi.web.database;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import id.ngupi.NgupiApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The no-configuration run: with no {@code spring.datasource.url} the application starts
 * its own PostgreSQL, migrates it, serves the home page, and finds its data again after a
 * restart.
 */
class LocalRunTests {

	@TempDir
	Path workingFolder;

	@Test
	void startsOnItsOwnDatabaseAndKeepsDataAcrossRestarts() throws Exception {
		Path dataDirectory = this.workingFolder.resolve("pgdata");

		try (ConfigurableApplicationContext first = start(dataDirectory)) {
			assertThat(first.getBean(DataSourceProperties.class).getUrl()).isNull();
			assertThat(dataDirectory.resolve("PG_VERSION")).as("cluster in the configured directory").exists();
			assertThat(homePageStatus(first)).isEqualTo(200);
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Integer.class))
				.isGreaterThanOrEqualTo(2);
			jdbc.execute("CREATE TABLE public.restart_check (note text)");
			jdbc.update("INSERT INTO public.restart_check VALUES (?)", "masih ada");
		}
		assertThat(dataDirectory.resolve("postmaster.pid")).as("server stopped with the application").doesNotExist();

		try (ConfigurableApplicationContext second = start(dataDirectory)) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("SELECT note FROM public.restart_check", String.class))
				.isEqualTo("masih ada");
			assertThat(homePageStatus(second)).isEqualTo(200);
		}
		assertThat(Files.isDirectory(dataDirectory)).as("data directory kept").isTrue();
	}

	private static ConfigurableApplicationContext start(Path dataDirectory) {
		// command-line arguments: they override application.properties, as a user's would
		return new SpringApplicationBuilder(NgupiApplication.class).run(
				"--ngupi.embedded-database.data-directory=" + dataDirectory, "--ngupi.embedded-database.port=0",
				"--server.port=0", "--spring.main.banner-mode=off");
	}

	private static int homePageStatus(ConfigurableApplicationContext context) throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.body()).contains("<html lang=\"id\"");
		return response.statusCode();
	}

}
