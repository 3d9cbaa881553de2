package id.ngupi.hosting;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import id.ngupi.db.test.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code V9} turns the offerings' minimum notice from minutes into the whole hours hosts
 * set it in: a notice that is no whole hour is rounded up, so no session becomes bookable
 * at shorter notice than its host asked for, and the two weeks' limit stays.
 */
class NoticeInHoursMigrationTests {

	@Test
	void roundsEveryStoredNoticeUpToWholeHoursWithinTwoWeeks() throws SQLException {
		try (TestDatabase.Lease database = TestDatabase.lease()) {
			migrate(database, "7");
			Map<String, Integer> minutes = new LinkedHashMap<>();
			minutes.put("none", 0);
			minutes.put("half an hour", 30);
			minutes.put("an hour and one minute", 61);
			minutes.put("twelve hours", 720);
			minutes.put("two weeks", 20160);
			try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
				sql.execute("INSERT INTO hosting.host (account_id, handle, display_name, headline, languages, timezone)"
						+ " VALUES ('00000000-0000-0000-0000-000000000001', 'lama', 'Lama', 'Ngobrol', '{id}',"
						+ " 'Asia/Jakarta')");
				for (Map.Entry<String, Integer> offering : minutes.entrySet()) {
					sql.execute(
							"INSERT INTO hosting.offering (host_id, title, duration_minutes, question, weekly_quota,"
									+ " min_notice_minutes, horizon_days, buffer_minutes) VALUES"
									+ " ('00000000-0000-0000-0000-000000000001', '" + offering.getKey()
									+ "', 30, 'Topik?', 3, " + offering.getValue() + ", 21, 0)");
				}
			}

			migrate(database, "latest");

			try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
				Map<String, Integer> hours = new LinkedHashMap<>();
				try (ResultSet rows = sql.executeQuery("SELECT title, min_notice_hours FROM hosting.offering")) {
					while (rows.next()) {
						hours.put(rows.getString(1), rows.getInt(2));
					}
				}
				assertThat(hours).containsExactlyInAnyOrderEntriesOf(Map.of("none", 0, "half an hour", 1,
						"an hour and one minute", 2, "twelve hours", 12, "two weeks", 336));
				assertThatExceptionOfType(SQLException.class)
					.isThrownBy(() -> sql.execute("UPDATE hosting.offering SET min_notice_hours = 337"))
					.withMessageContaining("offering_min_notice_range");
			}
		}
	}

	private static void migrate(TestDatabase.Lease database, String version) {
		Flyway.configure()
			.dataSource(database.jdbcUrl(), database.username(), database.password())
			.target(version)
			.load()
			.migrate();
	}

	private static Connection connect(TestDatabase.Lease database) throws SQLException {
		return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
	}

}
