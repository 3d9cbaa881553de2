package id.ngupi.hosting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import id.ngupi.hosting.BusyBlock;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.internal.BusyTimes.Refused;
import id.ngupi.identity.AccountId;

import org.springframework.stereotype.Component;

/**
 * Reads one calendar: fetches its file safely and keeps the busy times it holds from a
 * day ago to beyond the longest booking horizon, in the host's zone for all-day and
 * floating times. A failure of any kind is a message key, never an exception.
 */
@Component
public class BusyCalendarReader {

	/**
	 * How far ahead busy times are kept: past the longest horizon an offering can have.
	 */
	static final Duration AHEAD = Duration.ofDays(92);

	private final CalendarFetcher fetcher;

	private final HostStore hosts;

	private final Clock clock;

	BusyCalendarReader(CalendarFetcher fetcher, HostStore hosts, Clock clock) {
		this.fetcher = fetcher;
		this.hosts = hosts;
		this.clock = clock;
	}

	/**
	 * What one read gave.
	 *
	 * @param blocks the busy times, or {@code null} when the read failed
	 * @param errorKey why it failed, or {@code null}
	 */
	public record Read(List<BusyBlock> blocks, String errorKey) {
	}

	/** Whether an address may be added at all. */
	public boolean acceptable(String address) {
		return this.fetcher.acceptable(address);
	}

	/** The address as shown again, without its secret part. */
	public String hint(String address) {
		return CalendarFetcher.hint(address);
	}

	public Read read(String address, AccountId host) {
		ZoneId zone = this.hosts.find(host).map(HostProfile::timezone).orElse(ZoneId.of("UTC"));
		Instant now = this.clock.instant();
		try {
			String text = this.fetcher.fetch(address);
			return new Read(BusyTimes.of(text, zone, now.minus(Duration.ofDays(1)), now.plus(AHEAD)), null);
		}
		catch (Refused refused) {
			return new Read(null, refused.key());
		}
		catch (RuntimeException unreadable) {
			// a file the library chokes on is the file's fault, not a fault of Ngupi's
			return new Read(null, "calendars.error.malformed");
		}
	}

}
