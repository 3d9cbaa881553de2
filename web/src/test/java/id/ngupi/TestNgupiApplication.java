package id.ngupi;

import id.ngupi.db.test.TestDatabase;

import org.springframework.boot.SpringApplication;

/**
 * Starts Ngupi for manual checks on a throw-away database (the tests' embedded
 * PostgreSQL), so nothing of the local run's data is touched. Run from the IDE.
 */
class TestNgupiApplication {

	public static void main(String[] args) {
		TestDatabase.Lease database = TestDatabase.lease();
		SpringApplication application = new SpringApplication(NgupiApplication.class);
		application.setDefaultProperties(java.util.Map.of("spring.datasource.url", database.jdbcUrl(),
				"spring.datasource.username", database.username(), "spring.datasource.password", database.password()));
		application.run(args).registerShutdownHook();
	}

}
