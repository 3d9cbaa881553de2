package id.ngupi.web.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import id.ngupi.web.i18n.SupportedLanguage;

/**
 * How every page writes a time: day, date and time in one zone, with the zone named. In
 * Indonesian {@code Sen, 7 Des 19.00 WIB}, in English {@code Mon, 7 Dec 19:00 WIB}.
 * Indonesia's zones are always WIB, WITA and WIT; other zones get their usual short name
 * at that instant ({@code CET} or {@code CEST}).
 *
 * @param zone the zone times are written in
 * @param locale the language they are written in
 */
public record TimeFormat(ZoneId zone, Locale locale) {

	/** Indonesia's zones, named as Indonesians name them whatever the page's language. */
	private static final Map<String, String> INDONESIA = Map.of("Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
			"Asia/Makassar", "WITA", "Asia/Ujung_Pandang", "WITA", "Asia/Jayapura", "WIT");

	private static final Map<SupportedLanguage, DateTimeFormatter> DAY = formatters("EEE, d MMM", "EEE, d MMM");

	/** Indonesian writes 19.00, English 19:00. */
	private static final Map<SupportedLanguage, DateTimeFormatter> CLOCK = formatters("HH.mm", "HH:mm");

	private static final Map<SupportedLanguage, DateTimeFormatter> ZONE = formatters("zzz", "zzz");

	private static final Map<SupportedLanguage, DateTimeFormatter> FULL_DATE = formatters("d MMM yyyy", "d MMM yyyy");

	private static final Map<SupportedLanguage, DateTimeFormatter> MONTH = formatters("MMM yyyy", "MMM yyyy");

	/** Times in the viewer's zone and language. */
	public static TimeFormat of(ViewerZone viewer, Locale locale) {
		return new TimeFormat(viewer.zone(), SupportedLanguage.resolve(locale).locale());
	}

	/** The same language, another zone (the host's, say). */
	public TimeFormat in(ZoneId other) {
		return new TimeFormat(other, this.locale);
	}

	/** {@code Sen, 7 Des 19.00 WIB}. */
	public String dateTime(Instant instant) {
		return day(date(instant)) + " " + time(instant);
	}

	/** {@code 19.00 WIB}. */
	public String time(Instant instant) {
		return CLOCK.get(language()).format(instant.atZone(this.zone)) + " " + zoneName(instant);
	}

	/**
	 * A minute of the day as a clock shows it in a language, without a zone:
	 * {@code 19.30} in Indonesian, {@code 19:30} in English; the end of the day is
	 * {@code 24.00}.
	 */
	public static String clock(int minuteOfDay, Locale locale) {
		String separator = (SupportedLanguage.resolve(locale) == SupportedLanguage.INDONESIAN) ? "." : ":";
		return String.format(Locale.ROOT, "%02d%s%02d", minuteOfDay / 60, separator, minuteOfDay % 60);
	}

	/**
	 * The clock of a language, {@code HH.mm} or {@code HH:mm}, for times in another
	 * layout.
	 */
	public static DateTimeFormatter clockFormat(Locale locale) {
		return CLOCK.get(SupportedLanguage.resolve(locale));
	}

	/** {@code 7 Des 2026}: a day further away, with its year. */
	public String fullDate(Instant instant) {
		return FULL_DATE.get(language()).format(date(instant));
	}

	/** {@code Des 2026}: when something took place, no closer than its month. */
	public String month(Instant instant) {
		return MONTH.get(language()).format(date(instant));
	}

	/** {@code Sen, 7 Des}. */
	public String day(LocalDate date) {
		return DAY.get(language()).format(date);
	}

	/** The date in this zone at the instant. */
	public LocalDate date(Instant instant) {
		return LocalDate.ofInstant(instant, this.zone);
	}

	/** {@code WIB}, {@code CET}, or the zone's short name at the instant. */
	public String zoneName(Instant instant) {
		String indonesian = INDONESIA.get(this.zone.getId());
		return (indonesian != null) ? indonesian : ZONE.get(language()).format(instant.atZone(this.zone));
	}

	/** The zone as a page names it once: {@code WIB (Asia/Jakarta)}. */
	public String zoneLabel(Instant at) {
		return zoneName(at) + " (" + this.zone.getId() + ")";
	}

	/**
	 * Whether the other zone shows the same wall-clock time as this one at the instant.
	 */
	public boolean sameClockAs(ZoneId other, Instant instant) {
		return this.zone.getRules().getOffset(instant).equals(other.getRules().getOffset(instant))
				&& zoneName(instant).equals(in(other).zoneName(instant));
	}

	private SupportedLanguage language() {
		return SupportedLanguage.resolve(this.locale);
	}

	private static Map<SupportedLanguage, DateTimeFormatter> formatters(String indonesian, String english) {
		return Map.of(SupportedLanguage.INDONESIAN,
				DateTimeFormatter.ofPattern(indonesian, SupportedLanguage.INDONESIAN.locale()),
				SupportedLanguage.ENGLISH, DateTimeFormatter.ofPattern(english, SupportedLanguage.ENGLISH.locale()));
	}

}
