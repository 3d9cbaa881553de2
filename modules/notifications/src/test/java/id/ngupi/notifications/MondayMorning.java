package id.ngupi.notifications;

import id.ngupi.db.test.TestClock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Stops the application's {@link TestClock} at {@link People#MONDAY_MORNING} before each
 * test, and lets it run again afterwards, so no test leaks its "now" into the next.
 */
public final class MondayMorning implements BeforeEachCallback, AfterEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		clock(context).set(People.MONDAY_MORNING);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		clock(context).reset();
	}

	private static TestClock clock(ExtensionContext context) {
		return SpringExtension.getApplicationContext(context).getBean(TestClock.class);
	}

}
