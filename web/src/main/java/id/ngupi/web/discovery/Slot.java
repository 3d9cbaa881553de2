package id.ngupi.web.discovery;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import id.ngupi.web.time.TimeFormat;

/**
 * A time as a page shows it: in the viewer's zone, and in the host's beside it when their
 * clocks differ.
 *
 * @param datetime the instant, for {@code <time datetime>}
 * @param anchor the id of the time on its offering's page, where booking it will start
 * @param text the time in the viewer's zone ({@code 19.00 WIB}, or with the day when
 * shown alone)
 * @param hostText the host's local time, or {@code null} when it reads the same
 * @param bookHref the booking form for this time, or {@code null} when it is not shown as
 * bookable
 */
public record Slot(String datetime, String anchor, String text, String hostText, String bookHref) {

	private static final DateTimeFormatter ANCHOR = DateTimeFormatter.ofPattern("'t'yyyyMMdd'T'HHmm'Z'")
		.withZone(ZoneOffset.UTC);

	/** A time within a day already named: {@code 19.00 WIB}. */
	public static Slot of(Instant start, TimeFormat viewer, ZoneId host, String bookHref) {
		return new Slot(start.toString(), ANCHOR.format(start), viewer.time(start), hostText(start, viewer, host),
				bookHref);
	}

	/**
	 * A time shown alone, with the host's beside it when their clocks differ:
	 * {@code Sen, 7 Des 13.00 CET} and {@code Sen, 7 Des 19.00 WIB}.
	 */
	public static Slot alone(Instant start, TimeFormat viewer, ZoneId host, String bookHref) {
		String hostText = viewer.sameClockAs(host, start) ? null : viewer.in(host).dateTime(start);
		return new Slot(start.toString(), ANCHOR.format(start), viewer.dateTime(start), hostText, bookHref);
	}

	private static String hostText(Instant start, TimeFormat viewer, ZoneId host) {
		if (viewer.sameClockAs(host, start)) {
			return null;
		}
		TimeFormat there = viewer.in(host);
		return there.date(start).equals(viewer.date(start)) ? there.time(start) : there.dateTime(start);
	}

}
