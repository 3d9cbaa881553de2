package id.ngupi.web.calendar;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import id.ngupi.web.support.Links;
import org.junit.jupiter.api.Test;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "add to Google Calendar" link: Google's template form with times in UTC and every
 * value encoded, whatever it holds.
 */
class GoogleCalendarLinkTests {

	private static final Instant START = Instant.parse("2027-01-04T12:30:00Z");

	private static final Instant END = Instant.parse("2027-01-04T13:00:00Z");

	@Test
	void fillsInGooglesFormWithTimesInUtc() {
		String link = Links.googleCalendar("Ngupi: Karier dengan Ayu", START, END, "Topik: Frontend",
				"https://meet.example/x");

		assertThat(link).startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE&");
		assertThat(parameters(link)).containsEntry("action", "TEMPLATE")
			.containsEntry("text", "Ngupi: Karier dengan Ayu")
			.containsEntry("dates", "20270104T123000Z/20270104T130000Z")
			.containsEntry("details", "Topik: Frontend")
			.containsEntry("location", "https://meet.example/x");
	}

	@Test
	void encodesEverythingThatMeansSomethingInAUrl() {
		String title = "C++ & Go: 100% #santai? a=b";
		String details = "Baris satu\nBaris dua / ünïcode 🙂";

		String link = Links.googleCalendar(title, START, END, details, null);

		assertThat(link).doesNotContain(" ", "\n", "#", "+ ").contains("C%2B%2B%20%26%20Go");
		assertThat(parameters(link)).containsEntry("text", title)
			.containsEntry("details", details)
			.doesNotContainKey("location");
		assertThat(URI.create(link).getHost()).isEqualTo("calendar.google.com");
	}

	private static Map<String, String> parameters(String link) {
		return UriComponentsBuilder.fromUriString(link)
			.build()
			.getQueryParams()
			.toSingleValueMap()
			.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
					entry -> UriUtils.decode(entry.getValue(), StandardCharsets.UTF_8)));
	}

}
