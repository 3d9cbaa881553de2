package id.ngupi.rounds;

import id.ngupi.db.test.TestClock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Stops the application's {@link TestClock} at {@link Fixtures#MONDAY_MORNING} before
 * each test, and lets it run again afterwards.
 */
final class MondayMorning implements BeforeEachCallback, AfterEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		clock(context).set(Fixtures.MONDAY_MORNING);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		clock(context).reset();
	}

	private static TestClock clock(ExtensionContext context) {
		return SpringExtension.getApplicationContext(context).getBean(TestClock.class);
	}

}
