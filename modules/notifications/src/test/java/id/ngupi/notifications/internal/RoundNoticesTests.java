package id.ngupi.notifications.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import id.ngupi.booking.Waitlist;
import id.ngupi.booking.Waitlist.JoinOutcome;
import id.ngupi.db.test.TestClock;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.ScheduleOutcome;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.hosting.WeeklyWindow;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.notifications.Inbox;
import id.ngupi.notifications.InboxEntry;
import id.ngupi.notifications.MondayMorning;
import id.ngupi.notifications.NotificationKind;
import id.ngupi.notifications.People;
import id.ngupi.rounds.HostAnswer;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.RoundEvents.ApplicationsWaiting;
import id.ngupi.rounds.RoundEvents.RoundCancelled;
import id.ngupi.rounds.RoundEvents.RoundOpened;
import id.ngupi.rounds.RoundEvents.RoundSettled;
import id.ngupi.rounds.Rounds;
import id.ngupi.rounds.internal.RoundJobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static id.ngupi.notifications.People.ROUND_CLOSES;
import static id.ngupi.notifications.People.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What rounds tell whom: the host who picks hears that applications wait and until when,
 * in their own timezone; each applicant who got no time hears it kindly, with the round's
 * page and the host's; every applicant of a round called off hears why (or that the host
 * is gone); the host hears a draw's outcome once, never a pick they made themselves. The
 * winners hear of their session from its booking only. A host opening a round tells
 * everyone on their waitlist (not only the first few), each in their language and
 * timezone, and nobody else. An event handled twice tells nobody twice.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class RoundNoticesTests {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private static final Instant TUESDAY_LATER = TUESDAY_EVENING.plus(Duration.ofMinutes(30));

	/** The host's pick deadline: an hour before the first time, the offering's notice. */
	private static final Instant PICK_BY = TUESDAY_EVENING.minus(Duration.ofHours(1));

	private final People people;

	private final Inbox inbox;

	private final Rounds rounds;

	private final RoundJobs jobs;

	private final RoundNotices notices;

	private final NotificationStore notifications;

	private final TestClock clock;

	@Autowired
	RoundNoticesTests(People people, Inbox inbox, Rounds rounds, RoundJobs jobs, RoundNotices notices,
			NotificationStore notifications, TestClock clock) {
		this.people = people;
		this.inbox = inbox;
		this.rounds = rounds;
		this.jobs = jobs;
		this.notices = notices;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Test
	void theHostWhoPicksHearsHowManyWaitAndUntilWhenInTheirZoneOnce(Scenario scenario) {
		AccountId host = this.people.host(this.people.member("Budi"), false);
		Round round = this.people.round(host, Picking.HOST, TUESDAY_EVENING, TUESDAY_LATER);
		AccountId sari = this.people.member("Sari");
		AccountId tono = this.people.member("Tono");
		this.people.apply(sari, round);
		this.people.apply(tono, round);
		this.clock.set(ROUND_CLOSES.plus(Duration.ofMinutes(1)));

		scenario.stimulate(() -> this.jobs.tellHosts())
			.andWaitForStateChange(() -> kinds(host))
			.andVerify(kinds -> assertThat(kinds).containsExactly(NotificationKind.ROUND_PICK));

		InboxEntry entry = only(host, NotificationKind.ROUND_PICK);
		assertThat(entry.title()).isEqualTo("2 pendaftar menunggu pilihanmu");
		assertThat(entry.text()).isEqualTo("2 pendaftar menunggu pilihanmu untuk putaran \"Ngobrol karier\""
				+ " sampai Sel, 5 Jan 18.00 WIB; kalau belum memilih, undian yang memutuskan.");
		assertThat(entry.link()).isEqualTo("/settings/hosting/rounds/" + round.id());
		assertThat(this.inbox.latest(host, Locale.ENGLISH, ZoneId.of("Asia/Tokyo")).get(0).text())
			.isEqualTo("2 applicants wait for your pick in the round \"Ngobrol karier\" until Tue, 5 Jan 20:00 JST;"
					+ " if you have not picked by then, the draw decides.");

		synchronously().on(new ApplicationsWaiting(round.id(), host, 2, PICK_BY));

		assertThat(kinds(host)).as("the same event again tells nobody twice")
			.containsExactly(NotificationKind.ROUND_PICK);
		assertThat(kinds(sari)).isEmpty();
		assertThat(kinds(tono)).isEmpty();
	}

	@Test
	void aDrawTellsTheNotChosenKindlyTheHostOnceAndTheWinnerOnlyThroughTheBooking(Scenario scenario) {
		AccountId host = this.people.host(this.people.member("Budi"), false);
		Round round = this.people.round(host, Picking.DRAW, TUESDAY_EVENING);
		List<AccountId> applicants = List.of(this.people.member("Sari"), this.people.member("Tono"),
				this.people.member("Wati"));
		applicants.forEach(member -> this.people.apply(member, round));
		AccountId stranger = this.people.member("Joko");
		this.clock.set(ROUND_CLOSES.plus(Duration.ofMinutes(1)));

		scenario.stimulate(() -> this.jobs.settleDue())
			.andWaitForStateChange(() -> applicants.stream().allMatch(member -> !kinds(member).isEmpty())
					&& kinds(host).contains(NotificationKind.ROUND_SETTLED)
					&& kinds(host).contains(NotificationKind.BOOKING_CONFIRMED))
			.andVerify(told -> assertThat(told).isTrue());

		List<AccountId> winners = applicants.stream()
			.filter(member -> kinds(member).contains(NotificationKind.BOOKING_CONFIRMED))
			.toList();
		List<AccountId> notChosen = applicants.stream().filter(member -> !winners.contains(member)).toList();
		assertThat(winners).hasSize(1);
		assertThat(kinds(winners.get(0))).containsExactly(NotificationKind.BOOKING_CONFIRMED);
		for (AccountId member : notChosen) {
			assertThat(kinds(member)).containsExactly(NotificationKind.ROUND_NOT_CHOSEN);
			InboxEntry entry = only(member, NotificationKind.ROUND_NOT_CHOSEN);
			assertThat(entry.title()).isEqualTo("Kali ini kamu belum terpilih di putaran Budi");
			assertThat(entry.text()).isEqualTo("Terima kasih sudah mendaftar ke putaran \"Ngobrol karier\" bersama"
					+ " Budi. Tempatnya terbatas, dan kali ini kamu belum mendapat waktu.");
			assertThat(entry.link()).isEqualTo("/putaran/" + round.id());
		}
		assertThat(stored(notChosen.get(0), NotificationKind.ROUND_NOT_CHOSEN).details().otherHandle())
			.startsWith("budi-");
		InboxEntry summary = only(host, NotificationKind.ROUND_SETTLED);
		assertThat(summary.title()).isEqualTo("Undian putaran \"Ngobrol karier\" sudah dijalankan");
		assertThat(summary.text()).isEqualTo("1 dari 3 pendaftar mendapat sesi di putaran \"Ngobrol karier\";"
				+ " 2 lainnya sudah kami kabari bahwa mereka belum terpilih."
				+ " Tiap sesi baru juga sampai kepadamu sebagai kabar tersendiri.");
		assertThat(summary.link()).isEqualTo("/settings/hosting/rounds/" + round.id());
		assertThat(kinds(host)).containsExactlyInAnyOrder(NotificationKind.ROUND_SETTLED,
				NotificationKind.BOOKING_CONFIRMED);
		assertThat(kinds(stranger)).isEmpty();

		synchronously().on(new RoundSettled(round.id(), host, Picking.DRAW, List.of(), notChosen));

		notChosen.forEach(member -> assertThat(kinds(member)).as("the same event again tells nobody twice")
			.containsExactly(NotificationKind.ROUND_NOT_CHOSEN));
		assertThat(kinds(host)).hasSize(2);
	}

	@Test
	void aHostWhoPickedIsNotToldWhatTheyJustDidAndTheOthersHearTheyWereNotPicked(Scenario scenario) {
		AccountId host = this.people.host(this.people.member("Budi"), false);
		Round round = this.people.round(host, Picking.HOST, TUESDAY_EVENING);
		AccountId sari = this.people.member("Sari");
		AccountId tono = this.people.member("Tono");
		this.people.apply(sari, round);
		this.people.apply(tono, round);
		this.clock.set(ROUND_CLOSES.plus(Duration.ofMinutes(1)));
		var sariApplied = this.rounds.applicationOf(sari, round.id()).orElseThrow().id();

		scenario.stimulate(
				() -> assertThat(this.rounds.choose(host, round.id(), List.of(sariApplied))).isEqualTo(HostAnswer.DONE))
			.andWaitForStateChange(() -> kinds(tono).contains(NotificationKind.ROUND_NOT_CHOSEN)
					&& kinds(sari).contains(NotificationKind.BOOKING_CONFIRMED)
					&& kinds(host).contains(NotificationKind.BOOKING_CONFIRMED))
			.andVerify(told -> assertThat(told).isTrue());

		assertThat(kinds(tono)).containsExactly(NotificationKind.ROUND_NOT_CHOSEN);
		assertThat(kinds(sari)).containsExactly(NotificationKind.BOOKING_CONFIRMED);
		assertThat(kinds(host)).containsExactly(NotificationKind.BOOKING_CONFIRMED);
	}

	@Test
	void theHostMissingTheirPickHearsTheDrawDecided(Scenario scenario) {
		AccountId host = this.people.host(this.people.member("Budi"), false);
		Round round = this.people.round(host, Picking.HOST, TUESDAY_EVENING.plus(Duration.ofDays(7)));
		AccountId sari = this.people.member("Sari");
		this.people.apply(sari, round);
		this.clock.set(round.pickBy().plus(Duration.ofMinutes(1)));

		scenario.stimulate(() -> this.jobs.settleDue())
			.andWaitForStateChange(() -> kinds(host).contains(NotificationKind.ROUND_SETTLED))
			.andVerify(told -> assertThat(told).isTrue());

		assertThat(only(host, NotificationKind.ROUND_SETTLED).text()).startsWith("1 dari 1 pendaftar mendapat sesi")
			.doesNotContain("lainnya");
		StoredNotification summary = stored(host, NotificationKind.ROUND_SETTLED);
		assertThat(summary.details().picking()).isEqualTo("host");
		Telling telling = new Tellings(null, new SiteLinks("https://ngupi.example")).brief(summary.kind(),
				summary.details(), new Wording().in(INDONESIAN, JAKARTA));
		assertThat(telling.paragraphs()).last()
			.isEqualTo("Kamu belum memilih sampai batas waktunya, jadi undian yang memutuskan.");
	}

	@Test
	void everyApplicantOfARoundCalledOffHearsWhyAndNobodyElse(Scenario scenario) {
		AccountId host = this.people.host(this.people.member("Budi"), false);
		Round round = this.people.round(host, Picking.DRAW, TUESDAY_EVENING, TUESDAY_LATER);
		AccountId sari = this.people.member("Sari");
		AccountId tono = this.people.member("Tono");
		this.people.apply(sari, round);
		this.people.apply(tono, round);
		AccountId stranger = this.people.member("Joko");
		String reason = "Aku sakit <b>maaf</b>";

		scenario.stimulate(() -> this.rounds.cancel(host, round.id(), reason))
			.andWaitForStateChange(() -> kinds(sari).contains(NotificationKind.ROUND_CANCELLED)
					&& kinds(tono).contains(NotificationKind.ROUND_CANCELLED))
			.andVerify(told -> assertThat(told).isTrue());

		InboxEntry entry = only(sari, NotificationKind.ROUND_CANCELLED);
		assertThat(entry.title()).isEqualTo("Budi membatalkan putarannya");
		assertThat(entry.text()).startsWith("Putaran \"Ngobrol karier\" bersama Budi dibatalkan");
		assertThat(entry.link()).isEqualTo("/putaran/" + round.id());
		assertThat(stored(tono, NotificationKind.ROUND_CANCELLED).details().message()).isEqualTo(reason);

		synchronously().on(new RoundCancelled(round.id(), host, List.of(sari, tono), reason));

		assertThat(kinds(sari)).containsExactly(NotificationKind.ROUND_CANCELLED);
		assertThat(kinds(tono)).containsExactly(NotificationKind.ROUND_CANCELLED);
		assertThat(kinds(host)).isEmpty();
		assertThat(kinds(stranger)).isEmpty();
	}

	@Test
	void applicantsOfAHostWhoDeletedTheirAccountHearTheRoundIsOffWithoutTheirName(Scenario scenario,
			@Autowired Accounts accounts) {
		AccountId host = this.people.host(this.people.member("Budi"), false);
		Round round = this.people.round(host, Picking.DRAW, TUESDAY_EVENING);
		AccountId sari = this.people.member("Sari");
		this.people.apply(sari, round);

		scenario.stimulate(() -> accounts.delete(host))
			.andWaitForStateChange(() -> kinds(sari))
			.andVerify(kinds -> assertThat(kinds).containsExactly(NotificationKind.ROUND_CANCELLED));

		InboxEntry entry = only(sari, NotificationKind.ROUND_CANCELLED);
		assertThat(entry.title()).isEqualTo("Putaran yang kamu daftari dibatalkan");
		assertThat(entry.text()).startsWith("Host putaran yang kamu daftari sudah menghapus akunnya")
			.doesNotContain("Budi");
		assertThat(entry.link()).isEqualTo("/");
		Details details = stored(sari, NotificationKind.ROUND_CANCELLED).details();
		assertThat(details.otherName()).isNull();
		assertThat(details.otherHandle()).isNull();
		assertThat(details.offeringTitle()).isNull();
	}

	@Test
	void aRoundOpenedTellsEveryoneOnTheHostsWaitlistInTheirLanguageAndZoneOnceAndNobodyElse(Scenario scenario,
			@Autowired Waitlist waitlist, @Autowired Hosting hosting) {
		AccountId host = this.people.host(this.people.member("Budi"), false);
		hosting.replaceWeeklySchedule(host, List.of());
		List<AccountId> waiting = List.of(this.people.member("Sari"), this.people.member("Tono"),
				this.people.member("Wati"));
		for (AccountId member : waiting) {
			assertThat(waitlist.join(member, host)).isEqualTo(JoinOutcome.JOINED);
			this.clock.advance(Duration.ofSeconds(1));
		}
		AccountId stranger = this.people.member("Joko");
		// the host's hours come back, and with them the waitlist hears of open times
		// first
		hosting.replaceWeeklySchedule(host,
				List.of(new WeeklyWindow(DayOfWeek.TUESDAY, TimeWindow.of(LocalTime.of(19, 0), LocalTime.of(21, 0)))));

		AtomicReference<Round> opened = new AtomicReference<>();
		scenario.stimulate(() -> opened.set(this.people.round(host, Picking.DRAW, TUESDAY_EVENING, TUESDAY_LATER)))
			.andWaitForStateChange(
					() -> waiting.stream().allMatch(member -> kinds(member).contains(NotificationKind.ROUND_OPENED)))
			.andVerify(told -> assertThat(told).isTrue());
		Round round = opened.get();

		for (AccountId member : waiting) {
			InboxEntry entry = only(member, NotificationKind.ROUND_OPENED);
			assertThat(entry.title()).isEqualTo("Budi membuka putaran: 2 sesi");
			assertThat(entry.text()).isEqualTo(
					"Budi membuka putaran \"Ngobrol karier\": 2 sesi, daftar sekarang sampai Sen, 4 Jan 09.00 WIB.");
			assertThat(entry.link()).isEqualTo("/putaran/" + round.id());
		}
		InboxEntry english = this.inbox.latest(waiting.get(1), Locale.ENGLISH, ZoneId.of("Asia/Tokyo"))
			.stream()
			.filter(entry -> entry.kind() == NotificationKind.ROUND_OPENED)
			.findFirst()
			.orElseThrow();
		assertThat(english.title()).isEqualTo("Budi opened a round: 2 sessions");
		assertThat(english.text())
			.isEqualTo("Budi opened a round of \"Ngobrol karier\": 2 sessions, apply now until Mon, 4 Jan 11:00 JST.");
		assertThat(stored(waiting.get(0), NotificationKind.ROUND_OPENED).details().otherHandle()).startsWith("budi-");
		assertThat(kinds(stranger)).isEmpty();
		assertThat(kinds(host)).doesNotContain(NotificationKind.ROUND_OPENED);
		assertThat(waitlist.everyone(host)).as("everyone keeps their place on the waitlist")
			.containsExactlyElementsOf(waiting);

		synchronously().on(new RoundOpened(round.id(), host, round.opensAt(), round.closesAt()));

		waiting.forEach(member -> assertThat(kinds(member)).as("the same event again tells nobody twice")
			.containsOnlyOnce(NotificationKind.ROUND_OPENED));
		assertThat(kinds(stranger)).isEmpty();
	}

	@Test
	void aRoundCalledOffOrAHostPausedBeforeTheWaitlistIsToldTellsNobody(@Autowired Waitlist waitlist,
			@Autowired Hosting hosting, @Autowired JdbcTemplate jdbc, @Autowired PlatformTransactionManager manager) {
		TransactionTemplate together = new TransactionTemplate(manager);
		AccountId host = this.people.host(this.people.member("Budi"), false);
		hosting.replaceWeeklySchedule(host, List.of());
		assertThat(hosting.addOneOffSlot(host, this.people.offering(host), LocalDateTime.of(2027, 1, 5, 19, 0)))
			.isEqualTo(ScheduleOutcome.SAVED);
		// a first round holds the host's only time, so a member can wait for them
		Round first = this.people.round(host, Picking.DRAW, TUESDAY_EVENING);
		handled(jdbc, first);
		AccountId sari = this.people.member("Sari");
		assertThat(waitlist.join(sari, host)).isEqualTo(JoinOutcome.JOINED);

		Round calledOff = together.execute(status -> {
			this.rounds.cancel(host, first.id(), "Waktunya diganti");
			Round round = this.people.round(host, Picking.DRAW, TUESDAY_EVENING);
			this.rounds.cancel(host, round.id(), "Ada urusan");
			return round;
		});
		handled(jdbc, calledOff);
		assertThat(kinds(sari)).doesNotContain(NotificationKind.ROUND_OPENED);

		Round whilePaused = together.execute(status -> {
			Round round = this.people.round(host, Picking.DRAW, TUESDAY_EVENING);
			hosting.pause(host);
			return round;
		});
		handled(jdbc, whilePaused);
		assertThat(kinds(sari)).doesNotContain(NotificationKind.ROUND_OPENED);

		hosting.resume(host);
		synchronously().on(new RoundOpened(whilePaused.id(), host, whilePaused.opensAt(), whilePaused.closesAt()));
		assertThat(kinds(sari)).as("once the host is back, the same round is told")
			.contains(NotificationKind.ROUND_OPENED);
	}

	/**
	 * The listener itself, not its asynchronous proxy: what it does is done when the call
	 * returns, so the assertions after it see everything it told.
	 */
	private RoundNotices synchronously() {
		return AopTestUtils.getUltimateTargetObject(this.notices);
	}

	/** Waits until every listener of this module is done with the round's events. */
	private static void handled(JdbcTemplate jdbc, Round round) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc
				.queryForObject("SELECT count(*) FROM event_publication WHERE listener_id LIKE '%RoundNotices%'"
						+ " AND serialized_event LIKE ?", Integer.class, "%" + round.id() + "%") == 0);
	}

	private InboxEntry only(AccountId member, NotificationKind kind) {
		List<InboxEntry> entries = this.inbox.latest(member, INDONESIAN, JAKARTA)
			.stream()
			.filter(entry -> entry.kind() == kind)
			.toList();
		assertThat(entries).hasSize(1);
		return entries.get(0);
	}

	private StoredNotification stored(AccountId member, NotificationKind kind) {
		return this.notifications.latest(member, 10)
			.stream()
			.filter(notification -> notification.kind() == kind)
			.findFirst()
			.orElseThrow();
	}

	private List<NotificationKind> kinds(AccountId member) {
		return this.notifications.latest(member, 10).stream().map(StoredNotification::kind).toList();
	}

}
