package id.ngupi.web.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.ngupi.web.i18n.SupportedLanguage;
import id.ngupi.web.support.SelectOption;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The timezones a member can choose: Indonesia's three (WIB, WITA, WIT) first and named,
 * then every current region id of the IANA database ({@code Europe/Berlin}, never
 * {@code Etc/GMT+7} or {@code EST}, nor an old name such as {@code Asia/Ujung_Pandang}:
 * see {@code backward-zone-links.txt}) grouped by region, each labelled with its place
 * and its offset from UTC now, in the viewer's language ("Amsterdam (UTC+01.00)"). The
 * list can be searched by what a member types: a place, an offset, a name or an id.
 * Shared with the host settings, whose schedule has a timezone of its own.
 */
@Component
public class TimeZoneChoices {

	/** Western Indonesia Time, the default of every new account. */
	static final String WIB = "Asia/Jakarta";

	/** Central Indonesia Time. */
	static final String WITA = "Asia/Makassar";

	/** Eastern Indonesia Time. */
	static final String WIT = "Asia/Jayapura";

	private static final List<String> INDONESIA = List.of(WIB, WITA, WIT);

	/** What Indonesians type for their three zones. */
	private static final Map<String, String> ABBREVIATIONS = Map.of("wib", WIB, "wita", WITA, "wit", WIT);

	/** The longest search read, as the field allows it. */
	public static final int SEARCH_MAX = 100;

	/** The IANA regions whose zones are offered, in the order shown. */
	static final List<String> REGIONS = List.of("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
			"Australia", "Europe", "Indian", "Pacific");

	/**
	 * Old names the JDK still knows, each with the current name it stands for: never
	 * offered, since the JDK has no way to tell a link from a zone.
	 */
	static final Map<String, String> OLD_NAMES = oldNames();

	/** Every zone id offered, Indonesia's included. */
	static final Set<String> OFFERED = offered();

	/** The offset at the end of a label, as {@link #find} reads it (normalised). */
	private static final Pattern OFFSET_IN_LABEL = Pattern.compile("\\s*\\(utc[+-]\\d{2}[.:]\\d{2}\\)$");

	/** Each language's places, Indonesia's named, the rest in their region's order. */
	private final Map<SupportedLanguage, List<Region>> regions = new EnumMap<>(SupportedLanguage.class);

	private final MessageSource messages;

	private final Clock clock;

	TimeZoneChoices(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
		for (SupportedLanguage language : SupportedLanguage.values()) {
			this.regions.put(language, List.copyOf(regions(language)));
		}
	}

	/**
	 * The timezone field in one language: the choices labelled with their offset now and
	 * what the member typed to search, if anything. A zone the member holds but the list
	 * does not offer (saved before the list existed, or an old name) comes first, named
	 * with the current name it stands for, so that saving the form unchanged never
	 * changes the member's timezone behind their back.
	 */
	public TimeZoneField field(SupportedLanguage language, String current, String search) {
		Instant now = this.clock.instant();
		List<SelectOption> options = new ArrayList<>();
		if (current != null && !OFFERED.contains(current) && ZoneId.getAvailableZoneIds().contains(current)) {
			options.add(SelectOption.of(current, heldLabel(current, language, now)));
		}
		for (Region region : this.regions.get(language)) {
			options.add(SelectOption.group(region.name(),
					region.places()
						.stream()
						.map(place -> SelectOption.of(place.zone(), label(place, language, now)))
						.toList()));
		}
		return new TimeZoneField(options, search);
	}

	/**
	 * Whether a member holding {@code current} may choose {@code zone}: one of the list,
	 * or the zone they already hold.
	 */
	public boolean offers(String zone, String current) {
		return zone != null && (OFFERED.contains(zone) || zone.equals(current));
	}

	/**
	 * The zone a form chose: what was typed into its search (sent only while no script
	 * runs, which otherwise narrows the select instead), if anything was, else the
	 * select's value. Empty when what was typed names no single zone.
	 */
	public Optional<String> chosen(String selected, String search, SupportedLanguage language) {
		return (search == null || search.isBlank()) ? Optional.ofNullable(selected) : find(search, language);
	}

	/**
	 * What was typed into the search, as a page may show it again: at most 100
	 * characters.
	 */
	public static String typed(String search) {
		String typed = (search == null) ? "" : search.strip();
		return (typed.length() > SEARCH_MAX) ? typed.substring(0, SEARCH_MAX) : typed;
	}

	/**
	 * The one zone offered that what a member typed stands for, if exactly one does: an
	 * id (an old one stands for its current name), WIB, WITA or WIT, a label as the list
	 * shows it (with or without the offset), a place, or else the only label or id that
	 * contains it. Case, blanks and underscores do not matter.
	 */
	public Optional<String> find(String search, SupportedLanguage language) {
		String wanted = normalised(search);
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		// a label taken from the list, even with an offset that changed since
		String withoutOffset = OFFSET_IN_LABEL.matcher(wanted).replaceFirst("");
		Instant now = this.clock.instant();
		Map<String, String> searchable = new LinkedHashMap<>();
		for (Region region : this.regions.get(language)) {
			for (Place place : region.places()) {
				String zone = place.zone();
				if (normalised(zone).equals(wanted) || normalised(place.name()).equals(withoutOffset)) {
					return Optional.of(zone);
				}
				searchable.put(zone, normalised(label(place, language, now) + " " + zone));
			}
		}
		Optional<String> named = OLD_NAMES.entrySet()
			.stream()
			.filter(old -> normalised(old.getKey()).equals(wanted))
			.map(Map.Entry::getValue)
			.findFirst()
			.or(() -> Optional.ofNullable(ABBREVIATIONS.get(wanted)));
		if (named.isPresent()) {
			return named;
		}
		List<String> containing = searchable.entrySet()
			.stream()
			.filter(entry -> entry.getValue().contains(wanted))
			.map(Map.Entry::getKey)
			.toList();
		return (containing.size() == 1) ? Optional.of(containing.get(0)) : Optional.empty();
	}

	private String label(Place place, SupportedLanguage language, Instant now) {
		return text("profile.timezone.label", language, place.name(), offset(place.zone(), language, now));
	}

	/** A zone not offered: an old name says which current one it stands for. */
	private String heldLabel(String zone, SupportedLanguage language, Instant now) {
		String offset = offset(zone, language, now);
		String current = OLD_NAMES.get(zone);
		if (current == null) {
			return text("profile.timezone.label", language, zone, offset);
		}
		return text("profile.timezone.oldName", language, zone, placeName(current), offset);
	}

	/** {@code UTC+07.00} in Indonesian, {@code UTC+07:00} in English. */
	static String offset(String zone, SupportedLanguage language, Instant now) {
		int seconds = ZoneId.of(zone).getRules().getOffset(now).getTotalSeconds();
		int minutes = Math.abs(seconds) / 60;
		char separator = (language == SupportedLanguage.ENGLISH) ? ':' : '.';
		return String.format(Locale.ROOT, "UTC%s%02d%c%02d", (seconds < 0) ? "-" : "+", minutes / 60, separator,
				minutes % 60);
	}

	private List<Region> regions(SupportedLanguage language) {
		List<Region> regions = new ArrayList<>();
		regions.add(new Region(text("profile.timezone.indonesia", language), INDONESIA.stream()
			.map(zone -> new Place(zone, text("profile.timezone." + zone.substring(zone.indexOf('/') + 1), language)))
			.toList()));
		Map<String, List<String>> byRegion = OFFERED.stream()
			.filter(zone -> !INDONESIA.contains(zone))
			.collect(Collectors.groupingBy(TimeZoneChoices::region));
		for (String region : REGIONS) {
			List<Place> places = byRegion.getOrDefault(region, List.of())
				.stream()
				.map(zone -> new Place(zone, placeName(zone)))
				.sorted(Comparator.comparing(Place::name).thenComparing(Place::zone))
				.toList();
			if (!places.isEmpty()) {
				regions.add(new Region(text("profile.timezone.region." + region, language), places));
			}
		}
		return regions;
	}

	private static Set<String> offered() {
		SortedSet<String> zones = new TreeSet<>();
		for (String zone : ZoneId.getAvailableZoneIds()) {
			int slash = zone.indexOf('/');
			if (slash > 0 && REGIONS.contains(zone.substring(0, slash)) && !OLD_NAMES.containsKey(zone)) {
				zones.add(zone);
			}
		}
		return Collections.unmodifiableSortedSet(zones);
	}

	private static Map<String, String> oldNames() {
		Map<String, String> names = new LinkedHashMap<>();
		try (InputStream in = TimeZoneChoices.class.getResourceAsStream("backward-zone-links.txt");
				BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			lines.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.split("\\s+"))
				.forEach(oldAndCurrent -> names.put(oldAndCurrent[0], oldAndCurrent[1]));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Collections.unmodifiableMap(names);
	}

	private static String region(String zone) {
		return zone.substring(0, zone.indexOf('/'));
	}

	/**
	 * {@code Europe/Amsterdam} is "Amsterdam", {@code America/Argentina/Buenos_Aires}
	 * "Buenos Aires, Argentina".
	 */
	static String placeName(String zone) {
		String[] parts = zone.replace('_', ' ').split("/");
		StringBuilder name = new StringBuilder(parts[parts.length - 1]);
		for (int i = parts.length - 2; i > 0; i--) {
			name.append(", ").append(parts[i]);
		}
		return name.toString();
	}

	/** Lower case, underscores as blanks, blanks single. */
	private static String normalised(String text) {
		return (text == null) ? "" : text.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ").strip();
	}

	private String text(String key, SupportedLanguage language, Object... arguments) {
		return this.messages.getMessage(key, arguments, language.locale());
	}

	/** The places of one group, as shown. */
	private record Region(String name, List<Place> places) {
	}

	/** A zone and the name of its place (WIB's, WITA's and WIT's in words). */
	private record Place(String zone, String name) {
	}

}
