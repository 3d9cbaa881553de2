package id.ngupi.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import id.ngupi.db.test.TestClock;

/**
 * The application's clock in web tests: the real time, as the rest of the suite needs it,
 * until a test sets or moves it; {@link #reset()} lets it run with the real time again.
 * Moving it is for one test at a time (web tests run one after another); such a test
 * resets it when done.
 */
public final class RunningTestClock extends TestClock {

	/** The time a test set; {@code null} while the clock follows the real time. */
	private volatile Instant stopped;

	@Override
	public void set(Instant instant) {
		this.stopped = instant;
	}

	@Override
	public void advance(Duration duration) {
		this.stopped = instant().plus(duration);
	}

	@Override
	public void reset() {
		this.stopped = null;
	}

	@Override
	public Instant instant() {
		Instant set = this.stopped;
		return (set != null) ? set : Instant.now();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

}
