package id.ngupi.web.error;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;

import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.TestEndpoints;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the database is away a page answers 503 with {@code Retry-After} and the site's
 * "back in a moment" page, through the real servlet container; a statement the database
 * refused stays a server error. What a real outage does is shown by the restart test.
 */
@NgupiWebTest
@ExtendWith(OutputCaptureExtension.class)
class DatabaseAwayTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void aPageThatFindsNoConnectionAsksToComeBackInAMomentInTheVisitorsLanguage(CapturedOutput output)
			throws Exception {
		HttpResponse<String> indonesian = get("/test-only/database-away", null);
		HttpResponse<String> english = get("/test-only/database-away", "ngupi-lang=en");

		assertThat(indonesian.statusCode()).isEqualTo(503);
		assertThat(indonesian.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(indonesian.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(Jsoup.parse(indonesian.body()).selectFirst("h1").text()).isEqualTo("Sebentar lagi, ya");
		assertThat(Jsoup.parse(indonesian.body()).select("header .brand")).as("site layout").isNotEmpty();
		assertThat(english.statusCode()).isEqualTo(503);
		assertThat(Jsoup.parse(english.body()).selectFirst("h1").text()).isEqualTo("Back in a moment");
		for (String body : new String[] { indonesian.body(), english.body() }) {
			assertThat(body).doesNotContain(TestEndpoints.FAILURE_DETAIL, "HikariPool", "Exception", "at id.ngupi");
		}
		assertThat(output.getOut()).doesNotContain(" ERROR ");
	}

	@Test
	void aStatementTheDatabaseRefusedIsNoOutage() throws Exception {
		HttpResponse<String> response = get("/test-only/statement-refused", null);

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Retry-After")).isEmpty();
	}

	@Test
	void tellsAnOutageFromAFailedStatement() {
		assertThat(DatabaseAway.unreachable(new CannotCreateTransactionException("no connection",
				new SQLException("Connection to localhost:5432 refused", "08001"))))
			.isTrue();
		assertThat(DatabaseAway.unreachable(new DataAccessResourceFailureException("terminated",
				new SQLException("terminating connection due to administrator command", "57P01"))))
			.isTrue();
		assertThat(DatabaseAway.unreachable(new SQLException("the database system is starting up", "57P03"))).isTrue();
		assertThat(DatabaseAway.unreachable(new IllegalStateException(
				new SQLException("Connection refused", new ConnectException("Connection refused")))))
			.isTrue();
		assertThat(DatabaseAway.unreachable(new DataIntegrityViolationException("duplicate",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(DatabaseAway.unreachable(
				new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"))))
			.isTrue();
		assertThat(DatabaseAway.unreachable(new DataAccessResourceFailureException("I/O error", new SQLException(
				"An I/O error occurred while sending to the backend.", new SocketException("Broken pipe")))))
			.isTrue();
		assertThat(DatabaseAway.unreachable(new IOException("client went away", new SocketException("Broken pipe"))))
			.as("the visitor's own connection lost")
			.isFalse();
		assertThat(DatabaseAway.unreachable(new IllegalStateException("no database involved"))).isFalse();
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html");
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
