package id.ngupi.notifications.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import id.ngupi.notifications.NotificationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Ngupi says when it calls off a session or a round because a member can no longer
 * take part: in both languages, never naming the reason, and pointing an attendee who
 * lost their host to other hosts.
 */
class SuspensionWordingTests {

	private static final Instant TUESDAY_EVENING = Instant.parse("2027-01-05T12:00:00Z");

	private final Tellings tellings = new Tellings(null, new SiteLinks("https://ngupi.example"));

	private final Words indonesian = new Wording().in(Locale.forLanguageTag("id"), ZoneId.of("Asia/Jakarta"));

	private final Words english = new Wording().in(Locale.ENGLISH, ZoneId.of("Asia/Tokyo"));

	@Test
	void anAttendeeWhoseHostCannotContinueIsPointedToOtherHostsInBothLanguages() {
		Details details = session("host", false);

		Telling told = this.tellings.of(NotificationKind.BOOKING_CANCELLED, details, this.indonesian, null);
		assertThat(told.title()).isEqualTo("Sesi \"Ngobrol karier\" dibatalkan");
		assertThat(told.paragraphs()).containsExactly(
				"Sesi \"Ngobrol karier\" pada Sel, 5 Jan 19.00 WIB dibatalkan oleh Ngupi karena host tidak bisa"
						+ " melanjutkan. Maaf atas ketidaknyamanannya.",
				"Masih banyak host lain yang bisa kamu ajak ngobrol: cari di halaman Jelajahi, atau masuk daftar"
						+ " tunggu host yang waktunya sedang penuh.");
		assertThat(told.facts()).isEmpty();
		assertThat(told.actions()).extracting(Telling.Action::url)
			.containsExactly("https://ngupi.example/", "https://ngupi.example/sesi/b1");

		told = this.tellings.of(NotificationKind.BOOKING_CANCELLED, details, this.english, null);
		assertThat(told.title()).isEqualTo("The session \"Ngobrol karier\" was called off");
		assertThat(told.lead()).isEqualTo("The session \"Ngobrol karier\" on Tue, 5 Jan 21:00 JST was called off by"
				+ " Ngupi because the host cannot continue. Sorry for the inconvenience.");
		assertThat(told.actions()).extracting(Telling.Action::label)
			.containsExactly("Find another host", "See the session");
		assertThat(String.join(" ", told.paragraphs()) + told.title()).doesNotContain("Budi")
			.doesNotContainIgnoringCase("suspen");
	}

	@Test
	void aHostWhoseAttendeeCannotContinueHearsTheTimeIsOpenAgain() {
		Details details = session("attendee", true);

		Telling told = this.tellings.of(NotificationKind.BOOKING_CANCELLED, details, this.indonesian, null);
		assertThat(told.lead()).isEqualTo("Sesi \"Ngobrol karier\" pada Sel, 5 Jan 19.00 WIB dibatalkan oleh Ngupi"
				+ " karena peserta tidak bisa melanjutkan. Maaf atas ketidaknyamanannya. Waktunya kosong lagi untuk"
				+ " peserta lain.");
		assertThat(told.actions()).extracting(Telling.Action::url).containsExactly("https://ngupi.example/sesi/b1");
		assertThat(this.tellings.brief(NotificationKind.BOOKING_CANCELLED, details, this.english).lead())
			.contains("because the attendee cannot continue");
	}

	@Test
	void aRoundNgupiCalledOffNamesNeitherHostNorReason() {
		Details details = Details.roundCalledOff("r1", "Ngobrol karier");

		Telling told = this.tellings.of(NotificationKind.ROUND_CANCELLED, details, this.indonesian, null);
		assertThat(told.title()).isEqualTo("Putaran \"Ngobrol karier\" dibatalkan");
		assertThat(told.lead()).isEqualTo("Putaran \"Ngobrol karier\" yang kamu daftari dibatalkan oleh Ngupi karena"
				+ " host tidak bisa melanjutkan, jadi pendaftaranmu tidak berlaku lagi. Maaf atas"
				+ " ketidaknyamanannya.");
		assertThat(told.actions()).extracting(Telling.Action::url).containsExactly("https://ngupi.example/");
		assertThat(Tellings.page(NotificationKind.ROUND_CANCELLED, details)).isEqualTo("/");

		told = this.tellings.of(NotificationKind.ROUND_CANCELLED, details, this.english, null);
		assertThat(told.title()).isEqualTo("The round \"Ngobrol karier\" was called off");
		assertThat(told.paragraphs()).last().asString().startsWith("There are plenty of other hosts");
	}

	private static Details session(String calledOff, boolean forHost) {
		return new Details("b1", forHost, null, "Budi", "budi", "Ngobrol karier", TUESDAY_EVENING,
				TUESDAY_EVENING.plusSeconds(1800), null, null, List.of(), null, null, false, false, null, null, null,
				null, null, null, null, calledOff, null, null);
	}

}
