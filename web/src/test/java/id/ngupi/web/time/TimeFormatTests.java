package id.ngupi.web.time;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One way of writing a time, in both languages, with Indonesia's zones named as
 * Indonesians name them.
 */
class TimeFormatTests {

	/** Monday 7 December 2026, 19:00 in Jakarta. */
	private static final Instant EVENING = Instant.parse("2026-12-07T12:00:00Z");

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	@Test
	void writesDayDateTimeAndZoneInIndonesianAndEnglish() {
		assertThat(format("Asia/Jakarta", INDONESIAN).dateTime(EVENING)).isEqualTo("Sen, 7 Des 19.00 WIB");
		assertThat(format("Asia/Jakarta", Locale.ENGLISH).dateTime(EVENING)).isEqualTo("Mon, 7 Dec 19:00 WIB");
		assertThat(format("Asia/Jakarta", INDONESIAN).time(EVENING)).isEqualTo("19.00 WIB");
		assertThat(format("Asia/Jakarta", INDONESIAN).zoneLabel(EVENING)).isEqualTo("WIB (Asia/Jakarta)");
	}

	@Test
	void namesIndonesiasZonesWibWitaWitInEitherLanguage() {
		assertThat(format("Asia/Pontianak", Locale.ENGLISH).time(EVENING)).isEqualTo("19:00 WIB");
		assertThat(format("Asia/Makassar", INDONESIAN).dateTime(EVENING)).isEqualTo("Sen, 7 Des 20.00 WITA");
		assertThat(format("Asia/Jayapura", Locale.ENGLISH).dateTime(EVENING)).isEqualTo("Mon, 7 Dec 21:00 WIT");
	}

	@Test
	void namesOtherZonesByTheirShortNameAtThatInstant() {
		assertThat(format("Europe/Amsterdam", INDONESIAN).dateTime(EVENING)).isEqualTo("Sen, 7 Des 13.00 CET");
		assertThat(format("Europe/Amsterdam", Locale.ENGLISH).time(Instant.parse("2026-07-06T12:00:00Z")))
			.isEqualTo("14:00 CEST");
		assertThat(format("America/New_York", Locale.ENGLISH).dateTime(EVENING)).isEqualTo("Mon, 7 Dec 07:00 EST");
	}

	@Test
	void speaksOnlyTheSitesLanguages() {
		assertThat(format("Asia/Jakarta", Locale.FRENCH).dateTime(EVENING)).as("Indonesian, as the site")
			.isEqualTo("Sen, 7 Des 19.00 WIB");
	}

	@Test
	void tellsWhenAnotherZoneReadsTheSame() {
		TimeFormat jakarta = format("Asia/Jakarta", INDONESIAN);

		assertThat(jakarta.sameClockAs(ZoneId.of("Asia/Jakarta"), EVENING)).isTrue();
		assertThat(jakarta.sameClockAs(ZoneId.of("Asia/Pontianak"), EVENING)).isTrue();
		assertThat(jakarta.sameClockAs(ZoneId.of("Asia/Bangkok"), EVENING)).as("same clock, other name").isFalse();
		assertThat(jakarta.sameClockAs(ZoneId.of("Asia/Makassar"), EVENING)).isFalse();
	}

	private static TimeFormat format(String zone, Locale locale) {
		return TimeFormat.of(new ViewerZone(ZoneId.of(zone), ViewerZone.Source.BROWSER), locale);
	}

}
