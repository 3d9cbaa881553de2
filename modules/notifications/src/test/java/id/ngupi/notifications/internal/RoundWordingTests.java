package id.ngupi.notifications.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import id.ngupi.notifications.NotificationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a round's notifications say in the cases the module tests do not reach: one
 * applicant or none, everyone chosen, a round's title gone, in both languages.
 */
class RoundWordingTests {

	private static final Instant PICK_BY = Instant.parse("2027-01-05T11:00:00Z");

	private final Tellings tellings = new Tellings(null, new SiteLinks("https://ngupi.example"));

	private final Words indonesian = new Wording().in(Locale.forLanguageTag("id"), ZoneId.of("Asia/Jakarta"));

	private final Words english = new Wording().in(Locale.ENGLISH, ZoneId.of("Asia/Jakarta"));

	@Test
	void oneApplicantIsOneInEnglishAndNoneIsSaidPlainly() {
		Details one = Details.roundPick("r1", "Ngobrol karier", 1, PICK_BY);
		assertThat(this.tellings.brief(NotificationKind.ROUND_PICK, one, this.english).title())
			.isEqualTo("1 applicant waits for your pick");
		assertThat(this.tellings.brief(NotificationKind.ROUND_PICK, one, this.indonesian).title())
			.isEqualTo("1 pendaftar menunggu pilihanmu");

		Details none = Details.roundPick("r1", "Ngobrol karier", 0, PICK_BY);
		Telling told = this.tellings.of(NotificationKind.ROUND_PICK, none, this.indonesian, null);
		assertThat(told.title()).isEqualTo("Tidak ada yang mendaftar ke putaran \"Ngobrol karier\"");
		assertThat(told.lead()).isEqualTo("Pendaftaran putaran \"Ngobrol karier\" sudah ditutup tanpa pendaftar."
				+ " Waktunya dilepas lagi untuk dipesan langsung paling lambat Sel, 5 Jan 18.00 WIB.");
		assertThat(told.actions()).singleElement()
			.satisfies(
					action -> assertThat(action.url()).isEqualTo("https://ngupi.example/settings/hosting/rounds/r1"));
	}

	@Test
	void aDrawsSummaryCountsWhoGotATimeAndWhoWasTold() {
		Details some = Details.roundSettled("r1", "Ngobrol karier", 5, 2, "draw");
		assertThat(this.tellings.brief(NotificationKind.ROUND_SETTLED, some, this.english).lead())
			.isEqualTo("2 of the 5 who applied got a session in the round \"Ngobrol karier\"; we told the other 3"
					+ " that they were not picked. Each new session also reaches you as a notice of its own.");
		Details everyone = Details.roundSettled("r1", "Ngobrol karier", 2, 2, "draw");
		assertThat(this.tellings.brief(NotificationKind.ROUND_SETTLED, everyone, this.english).lead())
			.startsWith("2 of the 2 who applied got a session in the round \"Ngobrol karier\". Each");
		Details nobody = Details.roundSettled("r1", null, 0, 0, "draw");
		Telling told = this.tellings.brief(NotificationKind.ROUND_SETTLED, nobody, this.indonesian);
		assertThat(told.lead()).isEqualTo(
				"Tidak ada yang mendaftar ke putaran \"Ngupi\", jadi waktunya sudah terbuka lagi untuk dipesan langsung.");
		assertThat(told.paragraphs()).hasSize(1);
	}

	@Test
	void theNotChosenAndTheCalledOffReadKindlyInEnglish() {
		Details notChosen = Details.roundApplicant("r1", "Budi", "budi", "Ngobrol karier", null);
		Telling told = this.tellings.of(NotificationKind.ROUND_NOT_CHOSEN, notChosen, this.english, null);
		assertThat(told.title()).isEqualTo("You were not picked in Budi's round this time");
		assertThat(told.paragraphs()).last().asString().contains("Want to try Budi's next round?");
		assertThat(told.actions()).extracting(Telling.Action::label)
			.containsExactly("See how it was decided", "Join Budi's waitlist");
		assertThat(told.actions()).extracting(Telling.Action::url)
			.containsExactly("https://ngupi.example/putaran/r1", "https://ngupi.example/@budi");

		Details cancelled = Details.roundApplicant("r1", "Budi", "budi", "Ngobrol karier", "<i>Sakit</i>");
		told = this.tellings.of(NotificationKind.ROUND_CANCELLED, cancelled, this.english, null);
		assertThat(told.title()).isEqualTo("Budi called off their round");
		assertThat(told.facts()).singleElement().satisfies(fact -> {
			assertThat(fact.label()).isEqualTo("Reason");
			assertThat(fact.value()).isEqualTo("<i>Sakit</i>");
		});
		assertThat(told.paragraphs()).noneMatch(paragraph -> paragraph.contains("Sakit"));
	}

	@Test
	void aRoundOpenedSaysHowManySessionsAndFromWhenInEnglish() {
		Details later = Details.roundOpened("r1", "Budi", "budi", null, 1, PICK_BY, PICK_BY.plusSeconds(3600));
		Telling told = this.tellings.of(NotificationKind.ROUND_OPENED, later, this.english, null);
		assertThat(told.title()).isEqualTo("Budi opened a round: 1 session");
		assertThat(told.lead()).isEqualTo("Budi opened a round of \"Ngupi\": 1 session, apply from Tue, 5 Jan 18:00 WIB"
				+ " until Tue, 5 Jan 19:00 WIB.");
		assertThat(told.paragraphs()).last().asString().contains("Budi's waitlist");
		assertThat(told.actions()).extracting(Telling.Action::url).containsExactly("https://ngupi.example/putaran/r1");
		assertThat(Tellings.page(NotificationKind.ROUND_OPENED, later)).isEqualTo("/putaran/r1");
	}

	@Test
	void roundsCarryNoCalendarFile() {
		assertThat(NotificationKind.ROUND_PICK.carriesCalendar()).isFalse();
		assertThat(NotificationKind.ROUND_SETTLED.carriesCalendar()).isFalse();
		assertThat(NotificationKind.ROUND_NOT_CHOSEN.carriesCalendar()).isFalse();
		assertThat(NotificationKind.ROUND_CANCELLED.carriesCalendar()).isFalse();
		assertThat(NotificationKind.ROUND_OPENED.carriesCalendar()).isFalse();
		assertThat(NotificationKind.BOOKING_CONFIRMED.carriesCalendar()).isTrue();
		assertThat(NotificationKind.optionalKinds()).contains(NotificationKind.ROUND_PICK,
				NotificationKind.ROUND_SETTLED, NotificationKind.ROUND_NOT_CHOSEN, NotificationKind.ROUND_CANCELLED,
				NotificationKind.ROUND_OPENED);
	}

}
