package id.ngupi.notifications.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.ngupi.NotificationsTestApplication;
import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.Waitlist;
import id.ngupi.db.test.TestClock;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.notifications.Inbox;
import id.ngupi.notifications.LocalMail;
import id.ngupi.notifications.MailPreferences;
import id.ngupi.notifications.MondayMorning;
import id.ngupi.notifications.NotificationKind;
import id.ngupi.notifications.People;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.RoundOutcome;
import id.ngupi.rounds.RoundPlan;
import id.ngupi.rounds.Rounds;
import id.ngupi.rounds.internal.RoundJobs;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static id.ngupi.notifications.People.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Mail against a real SMTP server in the test JVM (GreenMail): each kind arrives at the
 * right person only, in their language and timezone, with the session's calendar file;
 * nothing goes to an unverified address or of a kind its owner turned off; mail held
 * while the server is down arrives once it is back, exactly once; reminders go out once
 * however many instances run; an address a server refuses for good is marked.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class MailDeliveryTests {

	static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	static final RefusingSmtpServer REFUSING = new RefusingSmtpServer();

	static {
		SMTP.start();
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
		properties.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
		properties.add("spring.mail.properties.mail.smtp.timeout", () -> "5000");
		properties.add("ngupi.mail.from", () -> "kabar@ngupi.example");
	}

	private final People people;

	private final Bookings bookings;

	private final BookingQueries queries;

	private final Postman postman;

	private final DeliveryStore deliveries;

	private final NotificationStore notifications;

	private final TestClock clock;

	@Autowired
	MailDeliveryTests(People people, Bookings bookings, BookingQueries queries, Postman postman,
			DeliveryStore deliveries, NotificationStore notifications, TestClock clock) {
		this.people = people;
		this.bookings = bookings;
		this.queries = queries;
		this.postman = postman;
		this.deliveries = deliveries;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Test
	void aRequestReachesTheHostAloneInTheirLanguageWithAnInvitationAndTheApprovalTheAttendee() {
		AccountId host = this.people.host(this.people.member("Budi", "budi-a@example.com", "en", "Asia/Tokyo"), true);
		AccountId attendee = this.people.member("Sari", "sari-a@example.com", "id", "Asia/Jakarta");

		Booking booking = this.people.book(attendee, host, TUESDAY_EVENING);

		LocalMail request = onlyMailTo("budi-a@example.com");
		assertThat(request.subject()).isEqualTo("Ngupi request from Sari");
		assertThat(request.text()).startsWith("Hello Budi,")
			.contains("Sari would like to talk with you in \"Ngobrol karier\" on Tue, 5 Jan 21:00 JST.",
					"Answer before Tue, 5 Jan 20:00 JST.", "Topics:\nCareer, Backend", People.ANSWER);
		assertThat(request.html()).contains("&lt;b&gt;Mulai dari mana?&lt;/b&gt;").doesNotContain("<b>Mulai");
		assertThat(request.links()).contains("https://ngupi.example/sesi/" + booking.id(),
				"https://ngupi.example/sesi/" + booking.id() + "/tolak");
		assertThat(request.listUnsubscribe()).matches("<https://ngupi\\.example/kabar/berhenti/[A-Za-z0-9_.-]+>");
		assertThat(request.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
		VEvent tentative = invitation(request, "ngupi.ics", "REQUEST");
		assertThat(tentative.getUid().getValue()).isEqualTo(booking.id() + "@ngupi.id");
		assertThat(tentative.getSequence().getValue()).isZero();
		assertThat(tentative.getStatus().getValue()).isEqualTo("TENTATIVE");
		assertThat(tentative.getDateStart().getValue().toInstant()).isEqualTo(TUESDAY_EVENING);
		assertThat(tentative.getDateEnd().getValue().toInstant()).isEqualTo(TUESDAY_EVENING.plusSeconds(1800));
		assertThat(tentative.getOrganizer().getCommonName()).isEqualTo("Budi");
		assertThat(tentative.getOrganizer().getEmail()).isEqualTo("kabar@ngupi.example");
		assertThat(mailsTo("sari-a@example.com")).isEmpty();

		this.bookings.approve(host, booking.id(), "Siapkan CV-mu ya");

		LocalMail approved = onlyMailTo("sari-a@example.com");
		assertThat(approved.subject()).isEqualTo("Budi menyetujui permintaanmu");
		assertThat(approved.text()).startsWith("Halo Sari,")
			.contains("pada Sel, 5 Jan 19.00 WIB terkonfirmasi", "Siapkan CV-mu ya",
					"https://meet.google.com/abc-defg-hij");
		VEvent confirmed = invitation(approved, "ngupi.ics", "REQUEST");
		assertThat(confirmed.getUid().getValue()).isEqualTo(booking.id() + "@ngupi.id");
		assertThat(confirmed.getSequence().getValue()).isEqualTo(1);
		assertThat(confirmed.getStatus().getValue()).isEqualTo("CONFIRMED");
		assertThat(confirmed.getLocation().getValue()).isEqualTo("https://meet.google.com/abc-defg-hij");
		assertThat(mailsTo("budi-a@example.com")).hasSize(1);
	}

	@Test
	void aLateCancellationReachesTheOtherSideWithTheReasonAndWithdrawsTheInvitation() {
		AccountId host = this.people.host(this.people.member("Budi", "budi-b@example.com", "id", "Asia/Jakarta"),
				false);
		AccountId attendee = this.people.member("Sari", "sari-b@example.com", "en", "Europe/Amsterdam");
		Booking booking = this.people.book(attendee, host, TUESDAY_EVENING);
		assertThat(onlyMailTo("budi-b@example.com").subject()).isEqualTo("Sari memesan sesimu");
		LocalMail confirmed = onlyMailTo("sari-b@example.com");
		assertThat(confirmed.subject()).isEqualTo("Your session with Budi is confirmed");
		assertThat(confirmed.text()).contains("on Tue, 5 Jan 13:00 CET");
		this.clock.set(TUESDAY_EVENING.minus(Duration.ofMinutes(30)));

		this.bookings.cancel(host, booking.id(), "Anak saya sakit, maaf sekali");

		LocalMail cancelled = mailsTo("sari-b@example.com", 2).get(1);
		assertThat(cancelled.subject()).isEqualTo("Budi called off your session");
		assertThat(cancelled.text()).contains("This came at short notice", "Anak saya sakit, maaf sekali");
		VEvent withdrawn = invitation(cancelled, "ngupi.ics", "CANCEL");
		assertThat(withdrawn.getUid().getValue()).isEqualTo(booking.id() + "@ngupi.id");
		assertThat(withdrawn.getSequence().getValue()).isEqualTo(1);
		assertThat(withdrawn.getStatus().getValue()).isEqualTo("CANCELLED");
		assertThat(mailsTo("budi-b@example.com")).hasSize(1);
	}

	@Test
	void aMoveReachesBothWithTheNewInvitationAndTheOldOneWithdrawn() {
		AccountId host = this.people.host(this.people.member("Budi", "budi-c@example.com", "id", "Asia/Jakarta"),
				false);
		AccountId attendee = this.people.member("Sari", "sari-c@example.com", "id", "Asia/Jakarta");
		Booking booking = this.people.book(attendee, host, TUESDAY_EVENING);
		mailsTo("budi-c@example.com", 1);

		Booking moved = ((id.ngupi.booking.BookingOutcome.Booked) this.bookings.reschedule(attendee, booking.id(),
				new BookingRequest(this.people.offering(host), TUESDAY_EVENING.plus(Duration.ofHours(1)),
						List.of("karier"), People.ANSWER, UUID.randomUUID())))
			.booking();

		LocalMail forHost = mailsTo("budi-c@example.com", 2).get(1);
		assertThat(forHost.subject()).isEqualTo("Sari memindahkan sesi kalian");
		assertThat(forHost.text()).contains("pindah dari Sel, 5 Jan 19.00 WIB ke Sel, 5 Jan 20.00 WIB");
		assertThat(invitation(forHost, "ngupi-lama.ics", "CANCEL").getUid().getValue())
			.isEqualTo(booking.id() + "@ngupi.id");
		VEvent next = invitation(forHost, "ngupi.ics", "REQUEST");
		assertThat(next.getUid().getValue()).isEqualTo(moved.id() + "@ngupi.id");
		assertThat(next.getDateStart().getValue().toInstant()).isEqualTo(TUESDAY_EVENING.plus(Duration.ofHours(1)));
		assertThat(mailsTo("sari-c@example.com", 2).get(1).subject()).isEqualTo("Sesimu dengan Budi sudah dipindah");
	}

	@Test
	void aDeclineAndAnExpiryReachTheAttendeeWithTheInvitationWithdrawn() {
		AccountId host = this.people.host(this.people.member("Budi", "budi-d@example.com", "id", "Asia/Jakarta"), true);
		AccountId declined = this.people.member("Sari", "sari-d@example.com", "id", "Asia/Jakarta");
		AccountId expired = this.people.member("Eko", "eko-d@example.com", "id", "Asia/Jakarta");
		Booking first = this.people.book(declined, host, TUESDAY_EVENING);
		Booking second = this.people.book(expired, host, TUESDAY_EVENING.plus(Duration.ofHours(1)));

		this.bookings.decline(host, first.id(), "Minggu ini penuh, maaf");
		LocalMail no = onlyMailTo("sari-d@example.com");
		assertThat(no.subject()).isEqualTo("Budi belum bisa menerima permintaanmu");
		assertThat(no.text()).contains("Minggu ini penuh, maaf");
		assertThat(invitation(no, "ngupi.ics", "CANCEL").getStatus().getValue()).isEqualTo("CANCELLED");

		this.clock.set(second.respondBy());
		this.bookings.approve(host, second.id(), null);
		assertThat(onlyMailTo("eko-d@example.com").subject()).isEqualTo("Permintaanmu ke Budi kedaluwarsa");
		assertThat(mailsTo("budi-d@example.com", 3)).extracting(LocalMail::subject)
			.contains("Permintaan dari Eko kedaluwarsa");
	}

	@Test
	void theFirstInLineHearsOfOpenTimesWithALinkToTheHost(@Autowired Waitlist waitlist, @Autowired Hosting hosting) {
		AccountId host = this.people.host(this.people.member("Budi"), false);
		hosting.replaceWeeklySchedule(host, List.of());
		AccountId waiting = this.people.member("Sari", "sari-e@example.com", "en", "Asia/Jakarta");
		waitlist.join(waiting, host);

		hosting.addOneOffSlot(host, this.people.offering(host), LocalDateTime.of(2027, 1, 5, 19, 0));

		LocalMail open = onlyMailTo("sari-e@example.com");
		assertThat(open.subject()).isEqualTo("Budi has open times again");
		assertThat(open.links()).anyMatch(link -> link.startsWith("https://ngupi.example/@budi-"));
		assertThat(open.attachments()).isEmpty();
	}

	@Test
	void theHostWhoPicksIsMailedHowManyWaitUntilTheirDeadlineInTheirZone(@Autowired RoundJobs jobs) {
		AccountId host = this.people.host(this.people.member("Budi", "budi-r1@example.com", "en", "Asia/Tokyo"), false);
		Round round = this.people.round(host, Picking.HOST, TUESDAY_EVENING);
		this.people.apply(this.people.member("Sari", "sari-r1@example.com", "id", "Asia/Jakarta"), round);
		this.people.apply(this.people.member("Tono"), round);
		this.clock.set(People.ROUND_CLOSES.plus(Duration.ofMinutes(1)));

		jobs.tellHosts();

		LocalMail waiting = onlyMailTo("budi-r1@example.com");
		assertThat(waiting.subject()).isEqualTo("2 applicants wait for your pick");
		assertThat(waiting.text()).startsWith("Hello Budi,")
			.contains("2 applicants wait for your pick in the round \"Ngobrol karier\" until Tue, 5 Jan 20:00 JST;"
					+ " if you have not picked by then, the draw decides.", "Pick applicants:");
		assertThat(waiting.links()).contains("https://ngupi.example/settings/hosting/rounds/" + round.id());
		assertThat(waiting.attachments()).isEmpty();
		assertThat(waiting.listUnsubscribe()).startsWith("<https://ngupi.example/kabar/berhenti/");
		assertThat(mailsTo("sari-r1@example.com")).as("applicants hear nothing yet").isEmpty();
	}

	@Test
	void theNotChosenAreMailedKindlyWithTheRoundAndTheHostsPageAndTheWinnerOnlyTheirSession(@Autowired RoundJobs jobs) {
		AccountId host = this.people.host(this.people.member("Budi", "budi-r2@example.com", "id", "Asia/Jakarta"),
				false);
		Round round = this.people.round(host, Picking.DRAW, TUESDAY_EVENING);
		List<String> addresses = List.of("sari-r2@example.com", "tono-r2@example.com");
		this.people.apply(this.people.member("Sari", addresses.get(0), "id", "Asia/Jakarta"), round);
		this.people.apply(this.people.member("Tono", addresses.get(1), "id", "Asia/Jakarta"), round);
		this.clock.set(People.ROUND_CLOSES.plus(Duration.ofMinutes(1)));

		jobs.settleDue();

		addresses.forEach(address -> mailsTo(address, 1));
		List<LocalMail> hosts = mailsTo("budi-r2@example.com", 2);
		LocalMail notChosen = addresses.stream()
			.map(MailDeliveryTests::onlyMailTo)
			.filter(mail -> mail.subject().startsWith("Kali ini"))
			.findFirst()
			.orElseThrow();
		LocalMail won = addresses.stream()
			.map(MailDeliveryTests::onlyMailTo)
			.filter(mail -> mail != notChosen && !mail.to().equals(notChosen.to()))
			.findFirst()
			.orElseThrow();
		assertThat(notChosen.subject()).isEqualTo("Kali ini kamu belum terpilih di putaran Budi");
		assertThat(notChosen.text())
			.contains("Terima kasih sudah mendaftar ke putaran \"Ngobrol karier\" bersama Budi.",
					"Masuk daftar tunggunya dengan sekali klik")
			.doesNotContain("Sesi");
		assertThat(notChosen.links()).contains("https://ngupi.example/putaran/" + round.id())
			.anyMatch(link -> link.startsWith("https://ngupi.example/@budi-"));
		assertThat(notChosen.attachments()).isEmpty();
		assertThat(won.subject()).isEqualTo("Sesimu dengan Budi terkonfirmasi");
		assertThat(won.attachment("ngupi.ics")).isPresent();
		assertThat(hosts).extracting(LocalMail::subject)
			.hasSize(2)
			.contains("Undian putaran \"Ngobrol karier\" sudah dijalankan");
		assertThat(hosts).filteredOn(mail -> mail.subject().startsWith("Undian")).singleElement().satisfies(summary -> {
			assertThat(summary.text()).contains("1 dari 2 pendaftar mendapat sesi");
			assertThat(summary.attachments()).isEmpty();
		});
	}

	@Test
	void aRoundCalledOffReachesEachApplicantInTheirLanguageWithTheHostsReasonAsText(@Autowired Rounds rounds) {
		AccountId host = this.people.host(this.people.member("Budi", "budi-r3@example.com", "id", "Asia/Jakarta"),
				false);
		Round round = this.people.round(host, Picking.DRAW, TUESDAY_EVENING);
		this.people.apply(this.people.member("Sari", "sari-r3@example.com", "id", "Asia/Jakarta"), round);
		this.people.apply(this.people.member("Tono", "tono-r3@example.com", "en", "Europe/Amsterdam"), round);

		rounds.cancel(host, round.id(), "Anak saya sakit <b>maaf</b>");

		LocalMail cancelled = onlyMailTo("sari-r3@example.com");
		assertThat(cancelled.subject()).isEqualTo("Budi membatalkan putarannya");
		assertThat(cancelled.text()).startsWith("Halo Sari,")
			.contains("Putaran \"Ngobrol karier\" bersama Budi dibatalkan", "Alasan:\nAnak saya sakit <b>maaf</b>");
		assertThat(cancelled.html()).contains("Anak saya sakit &lt;b&gt;maaf&lt;/b&gt;").doesNotContain("<b>maaf");
		assertThat(cancelled.links()).contains("https://ngupi.example/putaran/" + round.id())
			.anyMatch(link -> link.startsWith("https://ngupi.example/@budi-"));
		assertThat(cancelled.attachments()).isEmpty();
		LocalMail english = onlyMailTo("tono-r3@example.com");
		assertThat(english.subject()).isEqualTo("Budi called off their round");
		assertThat(english.text()).startsWith("Hello Tono,").contains("Reason:\nAnak saya sakit <b>maaf</b>");
		assertThat(mailsTo("budi-r3@example.com")).isEmpty();
	}

	@Test
	void aRoundOpenedLaterIsMailedToEveryoneWaitingForTheHostInTheirLanguageAndZone(@Autowired Waitlist waitlist,
			@Autowired Hosting hosting, @Autowired Rounds rounds) {
		AccountId host = this.people.host(this.people.member("Budi", "budi-r4@example.com", "id", "Asia/Jakarta"),
				false);
		hosting.replaceWeeklySchedule(host, List.of());
		AccountId sari = this.people.member("Sari", "sari-r4@example.com", "id", "Asia/Jakarta");
		AccountId tono = this.people.member("Tono", "tono-r4@example.com", "en", "Europe/Amsterdam");
		waitlist.join(sari, host);
		waitlist.join(tono, host);
		hosting.addOneOffSlot(host, this.people.offering(host), LocalDateTime.of(2027, 1, 5, 19, 0));

		Round round = ((RoundOutcome.Opened) rounds.open(host,
				new RoundPlan(this.people.offering(host), List.of(TUESDAY_EVENING),
						People.MONDAY_MORNING.plus(Duration.ofHours(1)), People.ROUND_CLOSES, Picking.DRAW, false)))
			.round();

		LocalMail opened = mailAbout("sari-r4@example.com", "Budi membuka putaran");
		assertThat(opened.subject()).isEqualTo("Budi membuka putaran: 1 sesi");
		assertThat(opened.text()).startsWith("Halo Sari,")
			.contains("Budi membuka putaran \"Ngobrol karier\": 1 sesi, daftar mulai Sen, 4 Jan 08.00 WIB"
					+ " sampai Sen, 4 Jan 09.00 WIB.", "Tempatmu di daftar tunggu tetap.");
		assertThat(opened.links()).contains("https://ngupi.example/putaran/" + round.id());
		assertThat(opened.attachments()).isEmpty();
		assertThat(opened.listUnsubscribe()).startsWith("<https://ngupi.example/kabar/berhenti/");
		LocalMail english = mailAbout("tono-r4@example.com", "Budi opened a round");
		assertThat(english.subject()).isEqualTo("Budi opened a round: 1 session");
		assertThat(english.text()).startsWith("Hello Tono,")
			.contains("Budi opened a round of \"Ngobrol karier\": 1 session, apply from Mon, 4 Jan 02:00 CET"
					+ " until Mon, 4 Jan 03:00 CET.");
		assertThat(mailsTo("budi-r4@example.com")).noneMatch(mail -> mail.subject().contains("putaran"));
	}

	@Test
	void theVerificationLinkGoesToTheAddressBeingVerifiedAndIsNotKept(@Autowired Accounts accounts) {
		AccountId member = this.people.member("Sari");

		accounts.requestEmailVerification(member, "sari-f@example.com");

		await().atMost(Duration.ofSeconds(15)).until(() -> allMailsTo("sari-f@example.com").size() == 1);
		LocalMail mail = allMailsTo("sari-f@example.com").get(0);
		assertThat(mail.subject()).isEqualTo("Verifikasi alamat emailmu di Ngupi");
		assertThat(mail.listUnsubscribe()).isNull();
		String link = mail.links().get(0);
		assertThat(link).startsWith("https://ngupi.example/settings/email/verify?token=");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.notifications.latest(member, 5).isEmpty()
					&& verification(member).map(found -> found.details().link() == null).orElse(false));
		assertThat(accounts.verifyEmail(link.substring(link.indexOf("token=") + 6))).hasToString("VERIFIED");
	}

	@Test
	void nothingGoesToAnAddressNotVerifiedYetNorOfAKindTurnedOff(@Autowired Accounts accounts,
			@Autowired MailPreferences preferences, @Autowired Inbox inbox) {
		AccountId host = this.people.host(this.people.member("Budi", "budi-g@example.com", "id", "Asia/Jakarta"),
				false);
		AccountId pending = this.people.member("Sari");
		accounts.requestEmailVerification(pending, "sari-g@example.com");
		await().atMost(Duration.ofSeconds(15)).until(() -> allMailsTo("sari-g@example.com").size() == 1);

		this.people.book(pending, host, TUESDAY_EVENING);
		LocalMail booked = onlyMailTo("budi-g@example.com");
		String token = booked.listUnsubscribe()
			.substring(booked.listUnsubscribe().lastIndexOf('/') + 1, booked.listUnsubscribe().length() - 1);
		assertThat(preferences.unsubscribe(token)).contains(NotificationKind.BOOKING_CONFIRMED);
		AccountId second = this.people.member("Eko");
		this.people.book(second, host, TUESDAY_EVENING.plus(Duration.ofHours(1)));
		await().atMost(Duration.ofSeconds(10)).until(() -> inbox.unread(host) == 2);
		this.bookings.cancel(second, this.queries.asAttendee(second).get(0).id(), null);

		assertThat(mailsTo("budi-g@example.com", 2)).extracting(LocalMail::subject)
			.containsExactly("Sari memesan sesimu", "Eko membatalkan sesi kalian");
		assertThat(allMailsTo("sari-g@example.com")).extracting(LocalMail::subject)
			.containsExactly("Verifikasi alamat emailmu di Ngupi");
		assertThat(inbox.unread(pending)).isEqualTo(1);
	}

	@Test
	void anAddressRefusedForGoodIsMarkedShownToItsOwnerAndNotTriedAgain(@Autowired MailPreferences preferences) {
		// the verification mail gets through; the mailbox is gone by the time the session
		// is booked
		AccountId host = this.people.host(this.people.member("Budi", "budi-h@refused.example", "id", "Asia/Jakarta"),
				false);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> verification(host).flatMap(found -> this.deliveries.find(found.id()))
				.map(mail -> mail.status() == DeliveryStore.Status.SENT)
				.orElse(false));
		AccountId attendee = this.people.member("Sari");

		Booking booking = this.people.book(attendee, host, TUESDAY_EVENING);

		await().atMost(Duration.ofSeconds(10)).until(() -> preferences.refusal(host).isPresent());
		assertThat(preferences.refusal(host).get()).contains("550");
		assertThat(delivery(host, NotificationKind.BOOKING_CONFIRMED).status()).isEqualTo(DeliveryStore.Status.REFUSED);
		int refusals = REFUSING.refusals();
		this.bookings.cancel(attendee, booking.id(), null);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> delivery(host, NotificationKind.BOOKING_CANCELLED).status() == DeliveryStore.Status.REFUSED);
		assertThat(REFUSING.refusals()).as("the refused address is not tried again").isEqualTo(refusals);
	}

	/** The mail of the member's notification of that kind, once it is recorded. */
	private DeliveryStore.Delivery delivery(AccountId member, NotificationKind kind) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.notifications.all(member).stream().anyMatch(found -> found.kind() == kind));
		StoredNotification notification = this.notifications.all(member)
			.stream()
			.filter(found -> found.kind() == kind)
			.findFirst()
			.orElseThrow();
		return this.deliveries.find(notification.id()).orElseThrow();
	}

	@Test
	void mailHeldWhileTheServerIsDownArrivesExactlyOnceWhenItIsBack() {
		List<String> addresses = new ArrayList<>();
		SMTP.stop();
		try {
			for (int i = 0; i < 3; i++) {
				String hostAddress = "host-down-" + i + "@example.com";
				String attendeeAddress = "attendee-down-" + i + "@example.com";
				AccountId host = this.people.host(this.people.member("Host " + i, hostAddress, "id", "Asia/Jakarta"),
						false);
				AccountId attendee = this.people.member("Peserta " + i, attendeeAddress, "id", "Asia/Jakarta");
				this.people.book(attendee, host, TUESDAY_EVENING);
				addresses.add(hostAddress);
				addresses.add(attendeeAddress);
			}
			await().atMost(Duration.ofSeconds(20)).until(() -> addresses.stream().allMatch(this::triedAndWaiting));
		}
		finally {
			SMTP.start();
		}
		this.clock.advance(Duration.ofHours(2));

		this.postman.sendDue();
		this.postman.sendDue();

		for (String address : addresses) {
			assertThat(mailsTo(address)).as(address).hasSize(1);
		}
	}

	@Test
	void twoInstancesSendEachReminderOnceAndNoneOfACancelledSession(@Autowired Environment environment,
			@Autowired Reminders reminders, @Autowired Inbox inbox) throws Exception {
		List<AccountId> members = new ArrayList<>();
		List<Booking> sessions = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			AccountId host = this.people.host(
					this.people.member("Pengingat " + i, "pengingat-host-" + i + "@example.com", "id", "Asia/Jakarta"),
					false);
			AccountId attendee = this.people.member("Peserta " + i, "pengingat-" + i + "@example.com", "id",
					"Asia/Jakarta");
			sessions.add(this.people.book(attendee, host, TUESDAY_EVENING));
			members.add(host);
			members.add(attendee);
		}
		for (AccountId member : members) {
			await().atMost(Duration.ofSeconds(10)).until(() -> inbox.unread(member) == 1);
		}
		Booking cancelled = sessions.get(2);
		this.bookings.cancel(cancelled.attendee(), cancelled.id(), null);
		await().atMost(Duration.ofSeconds(10)).until(() -> inbox.unread(cancelled.host()) == 2);

		try (ConfigurableApplicationContext other = secondInstance(environment)) {
			Reminders otherReminders = other.getBean(Reminders.class);
			TestClock otherClock = other.getBean(TestClock.class);
			List<String> reminded = List.of("pengingat-host-0@example.com", "pengingat-0@example.com",
					"pengingat-host-1@example.com", "pengingat-1@example.com");
			int round = 0;
			for (Instant at : List.of(TUESDAY_EVENING.minus(Duration.ofHours(23)),
					TUESDAY_EVENING.minus(Duration.ofMinutes(50)))) {
				this.clock.set(at);
				otherClock.set(at);
				CyclicBarrier together = new CyclicBarrier(2);
				CompletableFuture<Integer> here = CompletableFuture.supplyAsync(() -> {
					awaitBarrier(together);
					return reminders.sendDue();
				});
				CompletableFuture<Integer> there = CompletableFuture.supplyAsync(() -> {
					awaitBarrier(together);
					return otherReminders.sendDue();
				});
				assertThat(here.get() + there.get()).as("reminders recorded at " + at).isEqualTo(4);
				round++;
				for (String address : reminded) {
					// every mail recorded as sent before time moves on
					await().atMost(Duration.ofSeconds(15)).until(() -> allSent(address));
					assertThat(mailsTo(address)).as(address).hasSize(1 + round);
				}
			}
		}

		for (String address : List.of("pengingat-host-0@example.com", "pengingat-0@example.com")) {
			assertThat(mailsTo(address)).extracting(LocalMail::subject)
				.filteredOn(subject -> subject.contains("Ngupi dengan"))
				.containsExactly("Besok: Ngupi dengan " + (address.contains("host") ? "Peserta 0" : "Pengingat 0"),
						"Satu jam lagi: Ngupi dengan " + (address.contains("host") ? "Peserta 0" : "Pengingat 0"));
		}
		this.postman.sendDue();
		for (String address : List.of("pengingat-host-2@example.com", "pengingat-2@example.com")) {
			assertThat(mailsTo(address)).as(address)
				.extracting(LocalMail::subject)
				.noneMatch(subject -> subject.contains("Ngupi dengan"));
		}
	}

	/**
	 * A second instance of the application on the same database and mail server, as a
	 * second server would run it.
	 */
	private static ConfigurableApplicationContext secondInstance(Environment first) {
		Properties properties = new Properties();
		for (String name : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
				"spring.mail.host", "spring.mail.port", "ngupi.mail.from")) {
			properties.setProperty(name, first.getRequiredProperty(name));
		}
		properties.setProperty("spring.modulith.events.republish-outstanding-events-on-restart", "false");
		return new SpringApplicationBuilder(NotificationsTestApplication.class).properties(properties).run();
	}

	private static void awaitBarrier(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private boolean allSent(String address) {
		return this.deliveries.findByAddress(address)
			.stream()
			.allMatch(mail -> mail.status() == DeliveryStore.Status.SENT);
	}

	/**
	 * Both mails of the address (verification, booking) were tried and wait for another
	 * try.
	 */
	private boolean triedAndWaiting(String address) {
		List<DeliveryStore.Delivery> mails = this.deliveries.findByAddress(address);
		return mails.size() == 2 && mails.stream()
			.allMatch(mail -> mail.status() == DeliveryStore.Status.PENDING && mail.attempts() >= 1
					&& mail.lastError() != null);
	}

	private java.util.Optional<StoredNotification> verification(AccountId member) {
		return this.notifications.all(member)
			.stream()
			.filter(found -> found.kind() == NotificationKind.EMAIL_VERIFICATION)
			.findFirst();
	}

	/** The one mail to the address whose subject starts so, once it arrived. */
	private static LocalMail mailAbout(String address, String subject) {
		await().atMost(Duration.ofSeconds(15))
			.until(() -> mailsTo(address).stream().anyMatch(mail -> mail.subject().startsWith(subject)));
		List<LocalMail> mails = mailsTo(address).stream().filter(mail -> mail.subject().startsWith(subject)).toList();
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

	/** The one mail the address receives, once it has arrived. */
	private static LocalMail onlyMailTo(String address) {
		List<LocalMail> mails = mailsTo(address, 1);
		assertThat(mails).as("mails to " + address).hasSize(1);
		return mails.get(0);
	}

	/** The mails to the address, oldest first, once at least {@code count} arrived. */
	private static List<LocalMail> mailsTo(String address, int count) {
		await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(address).size() >= count);
		return mailsTo(address);
	}

	/**
	 * The mails to the address so far, oldest first, but for the verification mail each
	 * member with an address got first.
	 */
	private static List<LocalMail> mailsTo(String address) {
		return allMailsTo(address).stream().filter(mail -> !mail.subject().startsWith("Veri")).toList();
	}

	private static List<LocalMail> allMailsTo(String address) {
		return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> to(message, address)).map(message -> {
			try {
				return LocalMail.read(message, Instant.now());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static boolean to(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getAllRecipients())
				.anyMatch(recipient -> recipient.toString().equals(address));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The mail's calendar file, parsed back; its METHOD and attachment type must agree.
	 */
	private static VEvent invitation(LocalMail mail, String name, String method) {
		LocalMail.Attachment file = mail.attachment(name).orElseThrow(() -> new AssertionError("no " + name));
		assertThat(file.contentType()).contains("text/calendar").contains("method=" + method);
		ICalendar calendar = Biweekly.parse(file.content()).first();
		assertThat(calendar.getMethod().getValue()).isEqualTo(method);
		assertThat(file.content()).contains("DTSTART:").doesNotContain("TZID");
		return calendar.getEvents().get(0);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sends mail for {@code refused.example} to a server that refuses every recipient for
	 * good, everything else to GreenMail: both real SMTP conversations.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Servers {

		@Bean
		@Primary
		MailTransport routingTransport(JavaMailSender greenMail) {
			JavaMailSenderImpl refusing = new JavaMailSenderImpl();
			refusing.setHost("127.0.0.1");
			refusing.setPort(REFUSING.port());
			return message -> {
				boolean refused = Arrays.stream(message.getAllRecipients())
					.anyMatch(recipient -> recipient.toString().endsWith("@refused.example"));
				(refused ? refusing : greenMail).send(message);
			};
		}

	}

}
