package id.ngupi.web.profile;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import id.ngupi.web.i18n.SupportedLanguage;
import id.ngupi.web.support.SelectOption;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The timezones a member can choose: Indonesia's three (WIB, WITA, WIT) first and named,
 * then every other region id of the IANA database ({@code Europe/Berlin}, never
 * {@code Etc/GMT+7} or {@code EST}) grouped by region and sorted. Built once per language
 * at start-up; the zone database does not change while the application runs. Shared with
 * the host settings, whose schedule has a timezone of its own.
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

	/** The IANA regions whose zones are offered, in the order shown. */
	static final List<String> REGIONS = List.of("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
			"Australia", "Europe", "Indian", "Pacific");

	/** Every zone id offered, Indonesia's included. */
	static final Set<String> OFFERED = offered();

	private final Map<SupportedLanguage, List<SelectOption>> choices = new EnumMap<>(SupportedLanguage.class);

	TimeZoneChoices(MessageSource messages) {
		for (SupportedLanguage language : SupportedLanguage.values()) {
			this.choices.put(language, List.copyOf(build(messages, language)));
		}
	}

	/**
	 * The choices in one language. A zone the member holds but the list does not offer
	 * (saved before the list existed, or an alias) comes first, so that saving the form
	 * unchanged never changes the member's timezone behind their back.
	 */
	public List<SelectOption> in(SupportedLanguage language, String current) {
		List<SelectOption> options = this.choices.get(language);
		if (current == null || OFFERED.contains(current) || !ZoneId.getAvailableZoneIds().contains(current)) {
			return options;
		}
		List<SelectOption> withCurrent = new ArrayList<>(options.size() + 1);
		withCurrent.add(SelectOption.of(current, current));
		withCurrent.addAll(options);
		return withCurrent;
	}

	/**
	 * Whether a member holding {@code current} may choose {@code zone}: one of the list,
	 * or the zone they already hold.
	 */
	public boolean offers(String zone, String current) {
		return zone != null && (OFFERED.contains(zone) || zone.equals(current));
	}

	private static List<SelectOption> build(MessageSource messages, SupportedLanguage language) {
		List<SelectOption> groups = new ArrayList<>();
		groups.add(SelectOption.group(text(messages, "profile.timezone.indonesia", language),
				INDONESIA.stream()
					.map(zone -> SelectOption.of(zone,
							text(messages, "profile.timezone." + zone.substring(zone.indexOf('/') + 1), language)))
					.toList()));
		// OFFERED is sorted, and grouping keeps that order within each region
		Map<String, List<String>> byRegion = OFFERED.stream()
			.filter(zone -> !INDONESIA.contains(zone))
			.collect(Collectors.groupingBy(TimeZoneChoices::region, Collectors.toList()));
		for (String region : REGIONS) {
			List<String> zones = byRegion.getOrDefault(region, List.of());
			if (!zones.isEmpty()) {
				groups.add(SelectOption.group(text(messages, "profile.timezone.region." + region, language),
						zones.stream().map(zone -> SelectOption.of(zone, place(zone))).toList()));
			}
		}
		return groups;
	}

	private static Set<String> offered() {
		SortedSet<String> zones = new TreeSet<>();
		for (String zone : ZoneId.getAvailableZoneIds()) {
			int slash = zone.indexOf('/');
			if (slash > 0 && REGIONS.contains(zone.substring(0, slash))) {
				zones.add(zone);
			}
		}
		return Collections.unmodifiableSortedSet(zones);
	}

	private static String region(String zone) {
		return zone.substring(0, zone.indexOf('/'));
	}

	/** {@code America/Argentina/Buenos_Aires} is shown as "Argentina/Buenos Aires". */
	private static String place(String zone) {
		return zone.substring(zone.indexOf('/') + 1).replace('_', ' ');
	}

	private static String text(MessageSource messages, String key, SupportedLanguage language) {
		return messages.getMessage(key, null, language.locale());
	}

}
