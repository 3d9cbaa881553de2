package id.ngupi.rounds;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.hosting.WeeklyWindow;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;
import id.ngupi.rounds.RoundOutcome.Opened;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Members, hosts and rounds for the rounds module's tests. Time stands still at
 * {@link #MONDAY_MORNING} unless a test moves it; hosts live in Asia/Jakarta and offer 30
 * minutes every evening from 19:00 to 21:00, ten sessions a week, an hour's notice.
 */
@Component
class Fixtures {

	static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	/** Monday 4 January 2027, 07:00 in Jakarta. */
	static final Instant MONDAY_MORNING = Instant.parse("2027-01-04T00:00:00Z");

	static final String ANSWER = "Aku ingin ngobrol soal pindah dari desain ke frontend. "
			+ "Sudah belajar React tiga bulan dan bingung mulai dari proyek apa.";

	private final Accounts accounts;

	private final Hosting hosting;

	private final HostDirectory directory;

	private final Rounds rounds;

	private final JdbcTemplate jdbc;

	Fixtures(Accounts accounts, Hosting hosting, HostDirectory directory, Rounds rounds, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.hosting = hosting;
		this.directory = directory;
		this.rounds = rounds;
		this.jdbc = jdbc;
	}

	AccountId member(String name) {
		return this.accounts
			.signIn(new ProviderIdentity(Provider.GITHUB, UUID.randomUUID().toString(),
					name + UUID.randomUUID().toString().substring(0, 8), name, null))
			.id();
	}

	/** A host offering 30 minutes every evening, ten a week, without approval. */
	AccountId host() {
		AccountId host = member("Host");
		this.hosting.saveProfile(host, new HostProfileChange("Ngobrol frontend", "", List.of("frontend", "karier"),
				List.of("id"), "https://meet.google.com/abc-defg-hij", "Asia/Jakarta"));
		this.hosting.addOffering(host,
				new OfferingChange("Ngupi 30 menit", 30, "", "Topik apa?", false, 10, 1, 21, 0, null));
		List<WeeklyWindow> evenings = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			evenings.add(new WeeklyWindow(day, TimeWindow.of(LocalTime.of(19, 0), LocalTime.of(21, 0))));
		}
		this.hosting.replaceWeeklySchedule(host, evenings);
		return host;
	}

	OfferingId offering(AccountId host) {
		return this.directory.offerings(host).get(0).id();
	}

	/**
	 * A round of the host's offering opening now, closing Wednesday 12:00 in Jakarta, at
	 * Thursday's evening times given as hours and minutes.
	 */
	Round round(AccountId host, Picking picking, Instant... times) {
		RoundOutcome outcome = this.rounds.open(host,
				new RoundPlan(offering(host), List.of(times), null, CLOSES, picking, false));
		assertThat(outcome).isInstanceOf(Opened.class);
		return ((Opened) outcome).round();
	}

	/**
	 * When the rounds {@link #round} opens close: Wednesday 6 January 2027, 12:00 in
	 * Jakarta.
	 */
	static final Instant CLOSES = at(LocalDate.of(2027, 1, 6), 12, 0);

	/** Thursday 7 January 2027 at a local time in Jakarta. */
	static Instant thursday(int hour, int minute) {
		return at(LocalDate.of(2027, 1, 7), hour, minute);
	}

	static Instant at(LocalDate date, int hour, int minute) {
		return date.atTime(hour, minute).atZone(JAKARTA).toInstant();
	}

	static ApplicationForm form(Instant... ranked) {
		return new ApplicationForm(List.of("frontend"), ANSWER, List.of(ranked));
	}

	/**
	 * Records a session of the member with the host that took place last month, as
	 * booking's completion run leaves it.
	 */
	void pastSession(AccountId host, AccountId attendee) {
		Instant start = MONDAY_MORNING.minus(Duration.ofDays(30));
		this.jdbc.update("""
				insert into booking.booking (offering_id, host_id, attendee_id, starts_at, ends_at, host_free_at,
				    status, topics, answer, quota_week, request_key)
				values (?, ?, ?, ?::timestamptz, ?::timestamptz, ?::timestamptz, 'completed', array['frontend'], ?,
				    date '2026-11-30', gen_random_uuid())
				""", offering(host).value(), host.value(), attendee.value(), start.toString(),
				start.plus(Duration.ofMinutes(30)).toString(), start.plus(Duration.ofMinutes(30)).toString(), ANSWER);
	}

}
