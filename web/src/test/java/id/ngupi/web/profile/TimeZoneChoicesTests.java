package id.ngupi.web.profile;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.ngupi.web.i18n.SupportedLanguage;
import id.ngupi.web.support.SelectOption;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timezone choices: current IANA names only (the old names Java still knows are left
 * out, each standing for a current one that is offered), Indonesia's three first, every
 * place labelled with its offset now in the viewer's language, and a search that finds
 * the one zone a member means.
 */
class TimeZoneChoicesTests {

	/** Winter in Europe: Amsterdam is UTC+1. */
	private static final Instant JANUARY = Instant.parse("2027-01-15T00:00:00Z");

	/** Summer in Europe: Amsterdam is UTC+2. */
	private static final Instant JULY = Instant.parse("2027-07-15T00:00:00Z");

	private static final List<String> OLD_NAMES = List.of("Asia/Ujung_Pandang", "Africa/Asmera", "America/Godthab",
			"Asia/Calcutta", "Europe/Kiev", "America/Buenos_Aires", "Asia/Saigon", "Asia/Katmandu", "Asia/Rangoon",
			"Pacific/Truk", "Australia/Canberra", "America/Montreal", "Europe/Belfast", "Atlantic/Faeroe");

	@Test
	void offersNoOldNameButEveryCurrentOneOfTheRegions() {
		assertThat(TimeZoneChoices.OFFERED).doesNotContainAnyElementsOf(OLD_NAMES);
		assertThat(TimeZoneChoices.OFFERED).contains("Asia/Makassar", "Africa/Asmara", "America/Nuuk", "Asia/Kolkata",
				"Europe/Kyiv", "America/Argentina/Buenos_Aires", "Asia/Ho_Chi_Minh", "Asia/Kathmandu", "Asia/Yangon",
				"Pacific/Chuuk", "Australia/Sydney", "America/Toronto", "Europe/London", "Atlantic/Faroe",
				// current names of their countries, even where the database makes them
				// links
				"Europe/Amsterdam", "Europe/Bratislava", "Arctic/Longyearbyen", "America/Kralendijk");
		for (String zone : ZoneId.getAvailableZoneIds()) {
			String region = zone.contains("/") ? zone.substring(0, zone.indexOf('/')) : "";
			if (TimeZoneChoices.REGIONS.contains(region)) {
				assertThat(TimeZoneChoices.OFFERED.contains(zone) || TimeZoneChoices.OLD_NAMES.containsKey(zone))
					.as(zone)
					.isTrue();
			}
		}
	}

	@Test
	void everyOldNameStandsForAnOfferedZoneWithTheSameRules() {
		assertThat(TimeZoneChoices.OLD_NAMES).containsKeys(OLD_NAMES.toArray(String[]::new))
			.containsEntry("Asia/Ujung_Pandang", "Asia/Makassar")
			.containsEntry("Asia/Calcutta", "Asia/Kolkata");
		TimeZoneChoices.OLD_NAMES.forEach((old, current) -> {
			assertThat(TimeZoneChoices.OFFERED).as(old).contains(current);
			assertThat(ZoneId.of(old).getRules()).as(old).isEqualTo(ZoneId.of(current).getRules());
		});
	}

	@Test
	void listsIndonesiasThreeFirstThenEachRegionByPlaceWithTheOffsetNow() {
		List<SelectOption> options = choices(JANUARY).field(SupportedLanguage.INDONESIAN, "Asia/Jakarta", null)
			.options();

		assertThat(options.get(0).group()).isEqualTo("Indonesia");
		assertThat(options.get(0).members()).extracting(SelectOption::value)
			.containsExactly("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");
		assertThat(options.get(0).members()).extracting(SelectOption::label)
			.containsExactly("WIB: Waktu Indonesia Barat, Jakarta (UTC+07.00)",
					"WITA: Waktu Indonesia Tengah, Makassar (UTC+08.00)",
					"WIT: Waktu Indonesia Timur, Jayapura (UTC+09.00)");
		assertThat(options).extracting(SelectOption::group)
			.containsExactly("Indonesia", "Afrika", "Amerika", "Antartika", "Arktik", "Asia", "Atlantik", "Australia",
					"Eropa", "Samudra Hindia", "Pasifik");
		Map<String, String> labels = labels(options);
		assertThat(labels).containsEntry("Europe/Amsterdam", "Amsterdam (UTC+01.00)")
			.containsEntry("America/Argentina/Buenos_Aires", "Buenos Aires, Argentina (UTC-03.00)")
			.containsEntry("Asia/Kolkata", "Kolkata (UTC+05.30)")
			.containsEntry("Asia/Kathmandu", "Kathmandu (UTC+05.45)")
			.containsEntry("America/St_Johns", "St Johns (UTC-03.30)")
			.containsEntry("Europe/London", "London (UTC+00.00)")
			.doesNotContainKeys(OLD_NAMES.toArray(String[]::new));
		List<String> america = options.get(2).members().stream().map(SelectOption::label).toList();
		assertThat(america).isSorted();
	}

	@Test
	void writesTheOffsetAsTheViewersLanguageWritesTimesAndFollowsDaylightSaving() {
		Map<String, String> english = labels(
				choices(JULY).field(SupportedLanguage.ENGLISH, "Asia/Jakarta", null).options());

		assertThat(english).containsEntry("Europe/Amsterdam", "Amsterdam (UTC+02:00)")
			.containsEntry("Asia/Jakarta", "WIB: Western Indonesia Time, Jakarta (UTC+07:00)")
			.containsEntry("America/New_York", "New York (UTC-04:00)");
	}

	@Test
	void keepsAnOldNameTheMemberHoldsFirstNamedByItsCurrentPlace() {
		List<SelectOption> options = choices(JANUARY).field(SupportedLanguage.INDONESIAN, "Asia/Ujung_Pandang", null)
			.options();

		assertThat(options.get(0).value()).isEqualTo("Asia/Ujung_Pandang");
		assertThat(options.get(0).label()).isEqualTo("Asia/Ujung_Pandang: nama lama untuk Makassar (UTC+08.00)");
		assertThat(options.get(1).group()).isEqualTo("Indonesia");
		assertThat(choices(JANUARY).offers("Asia/Ujung_Pandang", "Asia/Ujung_Pandang")).isTrue();
		assertThat(choices(JANUARY).offers("Asia/Ujung_Pandang", "Asia/Jakarta")).isFalse();
		assertThat(choices(JANUARY).field(SupportedLanguage.INDONESIAN, "Etc/UTC", null).options().get(0).label())
			.isEqualTo("Etc/UTC (UTC+00.00)");
	}

	@Test
	void findsTheOneZoneAMemberMeans() {
		TimeZoneChoices choices = choices(JANUARY);
		Map<String, String> found = Map.ofEntries(Map.entry("makassar", "Asia/Makassar"),
				Map.entry("  MAKASSAR ", "Asia/Makassar"), Map.entry("WITA", "Asia/Makassar"),
				Map.entry("wib", "Asia/Jakarta"), Map.entry("WIT", "Asia/Jayapura"),
				Map.entry("Asia/Ujung_Pandang", "Asia/Makassar"), Map.entry("Asia/Calcutta", "Asia/Kolkata"),
				Map.entry("Europe/Kiev", "Europe/Kyiv"), Map.entry("europe/berlin", "Europe/Berlin"),
				Map.entry("Amsterdam", "Europe/Amsterdam"), Map.entry("Amsterdam (UTC+01.00)", "Europe/Amsterdam"),
				// a suggestion taken before the clocks moved
				Map.entry("Amsterdam (UTC+02.00)", "Europe/Amsterdam"),
				Map.entry("WITA: Waktu Indonesia Tengah, Makassar (UTC+08.00)", "Asia/Makassar"),
				Map.entry("buenos aires", "America/Argentina/Buenos_Aires"), Map.entry("new_york", "America/New_York"),
				Map.entry("jakart", "Asia/Jakarta"), Map.entry("+05.45", "Asia/Kathmandu"),
				Map.entry("London", "Europe/London"));
		found.forEach((typed, zone) -> assertThat(choices.find(typed, SupportedLanguage.INDONESIAN)).as(typed)
			.contains(zone));
		assertThat(choices.find("New York (UTC-05:00)", SupportedLanguage.ENGLISH)).contains("America/New_York");

		for (String nothingOrMany : new String[] { "", "  ", null, "America", "+09", "Bandung", "Mars/Olympus_Mons",
				"x".repeat(500) }) {
			assertThat(choices.find(nothingOrMany, SupportedLanguage.INDONESIAN)).as(nothingOrMany).isEmpty();
		}
	}

	@Test
	void takesTheSearchOverTheSelectOnlyWhenSomethingWasTyped() {
		TimeZoneChoices choices = choices(JANUARY);

		assertThat(choices.chosen("Asia/Jakarta", null, SupportedLanguage.INDONESIAN)).contains("Asia/Jakarta");
		assertThat(choices.chosen("Asia/Jakarta", " ", SupportedLanguage.INDONESIAN)).contains("Asia/Jakarta");
		assertThat(choices.chosen("Asia/Jakarta", "Tokyo", SupportedLanguage.INDONESIAN)).contains("Asia/Tokyo");
		assertThat(choices.chosen("Asia/Jakarta", "Bandung", SupportedLanguage.INDONESIAN)).isEmpty();
	}

	private static Map<String, String> labels(List<SelectOption> options) {
		return options.stream()
			.flatMap(option -> (option.group() != null) ? option.members().stream() : Stream.of(option))
			.collect(Collectors.toMap(SelectOption::value, SelectOption::label));
	}

	private static TimeZoneChoices choices(Instant now) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "messages-profile");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new TimeZoneChoices(messages, Clock.fixed(now, ZoneOffset.UTC));
	}

}
