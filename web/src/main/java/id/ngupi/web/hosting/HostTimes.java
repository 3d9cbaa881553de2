package id.ngupi.web.hosting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import id.ngupi.hosting.CandidateTime;
import id.ngupi.hosting.ExtraWindow;
import id.ngupi.web.time.TimeFormat;

/**
 * Dates and times as a host reads them on their settings pages: in the zone their
 * schedule is written in (not their own profile's zone) and in the viewer's language,
 * with the clock written as every page writes it (19.00 in Indonesian, 19:00 in English).
 */
final class HostTimes {

	private final ZoneId zone;

	private final Locale locale;

	private final DateTimeFormatter date;

	private final DateTimeFormatter day;

	private final DateTimeFormatter time;

	HostTimes(ZoneId zone, Locale locale) {
		this.zone = zone;
		this.locale = locale;
		this.date = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale);
		this.day = DateTimeFormatter.ofPattern("EEEE, d MMMM", locale);
		this.time = TimeFormat.clockFormat(locale);
	}

	/** "Asia/Jakarta (WIB)"; the id alone where the zone has no short name. */
	String zoneLabel() {
		String name = this.zone.getDisplayName(TextStyle.SHORT, this.locale);
		return name.equals(this.zone.getId()) ? name : this.zone.getId() + " (" + name + ")";
	}

	LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(this.zone));
	}

	/** "Senin, 2 Desember 2024". */
	String date(LocalDate date) {
		return this.date.format(date);
	}

	/** "Sabtu, 7 Desember 2024, 10.00". */
	String dateTime(Instant instant) {
		var local = instant.atZone(this.zone);
		return this.date.format(local) + ", " + this.time.format(local);
	}

	/** "Sabtu, 7 Desember 2024, 10.00–12.00"; a window to midnight ends at 24.00. */
	String window(ExtraWindow extra) {
		return this.date.format(extra.date()) + ", " + TimeFormat.clock(extra.window().startMinute(), this.locale) + "–"
				+ TimeFormat.clock(extra.window().endMinute(), this.locale);
	}

	/** "Senin, 2 Desember, 19.00–19.30". */
	String span(CandidateTime candidate) {
		var start = candidate.start().atZone(this.zone);
		return this.day.format(start) + ", " + this.time.format(start) + "–"
				+ this.time.format(candidate.end().atZone(this.zone));
	}

}
