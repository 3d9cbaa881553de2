package id.ngupi.notifications.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingEvents.BookingConfirmed;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.Waitlist;
import id.ngupi.db.test.TestClock;
import id.ngupi.feedback.FeedbackEvents.FeedbackRequested;
import id.ngupi.feedback.FeedbackEvents.FeedbackRevealed;
import id.ngupi.feedback.FeedbackRole;
import id.ngupi.feedback.Feedbacks;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.HostingEvents.BusyCalendarFailing;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.notifications.Inbox;
import id.ngupi.notifications.InboxEntry;
import id.ngupi.notifications.MondayMorning;
import id.ngupi.notifications.NotificationKind;
import id.ngupi.notifications.People;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.util.AopTestUtils;

import static id.ngupi.notifications.People.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every booking event becomes notifications for the right people only, written in their
 * language and timezone, recorded once however often the event is handled; the mail of
 * each goes only to a verified address whose owner wants that kind.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class NoticesTests {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final People people;

	private final Inbox inbox;

	private final Bookings bookings;

	private final BookingQueries queries;

	private final NotificationStore notifications;

	private final DeliveryStore deliveries;

	private final ReminderStore reminders;

	private final TestClock clock;

	@Autowired
	private HostingNotices hostingNotices;

	@Autowired
	NoticesTests(People people, Inbox inbox, Bookings bookings, BookingQueries queries, NotificationStore notifications,
			DeliveryStore deliveries, ReminderStore reminders, TestClock clock) {
		this.people = people;
		this.inbox = inbox;
		this.bookings = bookings;
		this.queries = queries;
		this.notifications = notifications;
		this.deliveries = deliveries;
		this.reminders = reminders;
		this.clock = clock;
	}

	@Test
	void aRequestTellsTheHostAloneWithTheTimeInTheirZoneAndNoMailWithoutAnAddress(Scenario scenario) {
		AccountId host = this.people.host(this.people.member("Budi Santoso"), true);
		AccountId attendee = this.people.member("Sari", "sari-request@example.com", "id", "Asia/Jakarta");

		Booking booking = stimulated(scenario, () -> this.people.book(attendee, host, TUESDAY_EVENING), host);

		InboxEntry entry = only(host);
		assertThat(entry.kind()).isEqualTo(NotificationKind.BOOKING_REQUESTED);
		assertThat(entry.title()).isEqualTo("Permintaan Ngupi dari Sari");
		assertThat(entry.text())
			.isEqualTo("Sari ingin ngobrol denganmu di \"Ngobrol karier\" pada Sel, 5 Jan 19.00 WIB.");
		assertThat(entry.link()).isEqualTo("/sesi/" + booking.id());
		assertThat(entry.read()).isFalse();
		assertThat(this.inbox.latest(attendee, INDONESIAN, JAKARTA)).isEmpty();
		assertThat(this.deliveries.find(entry.id())).isEmpty();
	}

	@Test
	void aBookingConfirmedAtOnceTellsBothAndMailsTheVerifiedAddressesWithRemindersAhead(Scenario scenario) {
		AccountId host = this.people.host(this.people.member("Budi", "budi-confirmed@example.com", "en", "Asia/Tokyo"),
				false);
		AccountId attendee = this.people.member("Sari");

		Booking booking = stimulated(scenario, () -> this.people.book(attendee, host, TUESDAY_EVENING), attendee);

		InboxEntry forAttendee = only(attendee);
		assertThat(forAttendee.kind()).isEqualTo(NotificationKind.BOOKING_CONFIRMED);
		assertThat(forAttendee.title()).isEqualTo("Sesimu dengan Budi terkonfirmasi");
		InboxEntry forHost = await(host);
		assertThat(this.inbox.latest(host, Locale.ENGLISH, ZoneId.of("Asia/Tokyo")).get(0).text())
			.isEqualTo("Sari booked \"Ngobrol karier\" on Tue, 5 Jan 21:00 JST.");
		assertThat(this.deliveries.find(forHost.id())).hasValueSatisfying(mail -> {
			assertThat(mail.address()).isEqualTo("budi-confirmed@example.com");
			assertThat(mail.status()).isIn(DeliveryStore.Status.PENDING, DeliveryStore.Status.SENT);
		});
		assertThat(this.deliveries.find(forAttendee.id())).isEmpty();
		assertThat(this.reminders.count(booking.id())).isEqualTo(4);
	}

	@Test
	void anApprovedRequestTellsTheAttendeeOnceWithTheHostsMessage(Scenario scenario) {
		AccountId host = this.people.host(this.people.member("Budi"), true);
		AccountId attendee = this.people.member("Sari");
		Booking booking = stimulated(scenario, () -> this.people.book(attendee, host, TUESDAY_EVENING), host);

		scenario.stimulate(() -> this.bookings.approve(host, booking.id(), "Siapkan CV-mu ya"))
			.andWaitForStateChange(() -> this.inbox.latest(attendee, INDONESIAN, JAKARTA))
			.andVerify(entries -> assertThat(entries).extracting(InboxEntry::kind)
				.containsExactly(NotificationKind.BOOKING_APPROVED));

		assertThat(only(attendee).title()).isEqualTo("Budi menyetujui permintaanmu");
		assertThat(stored(attendee).details().message()).isEqualTo("Siapkan CV-mu ya");
		assertThat(this.inbox.latest(host, INDONESIAN, JAKARTA)).extracting(InboxEntry::kind)
			.containsExactly(NotificationKind.BOOKING_REQUESTED);
		assertThat(this.reminders.count(booking.id())).isEqualTo(4);
	}

	@Test
	void aDeclinedRequestTellsTheAttendeeWhatTheHostWrote(Scenario scenario) {
		AccountId host = this.people.host(this.people.member("Budi"), true);
		AccountId attendee = this.people.member("Sari");
		Booking booking = stimulated(scenario, () -> this.people.book(attendee, host, TUESDAY_EVENING), host);

		scenario.stimulate(() -> this.bookings.decline(host, booking.id(), "Minggu ini penuh, maaf"))
			.andWaitForStateChange(() -> this.inbox.latest(attendee, INDONESIAN, JAKARTA))
			.andVerify(entries -> assertThat(entries).extracting(InboxEntry::title)
				.containsExactly("Budi belum bisa menerima permintaanmu"));
		assertThat(stored(attendee).details().message()).isEqualTo("Minggu ini penuh, maaf");
	}

	@Test
	void aHostHearsOnceWhenTheirOwnCalendarCannotBeReadForTwoDays(Scenario scenario) {
		AccountId host = this.people.host(this.people.member("Budi"), false);
		BusyCalendarFailing failing = new BusyCalendarFailing(host, UUID.randomUUID(),
				"calendar.google.com/…/basic.ics", Instant.parse("2027-01-04T00:00:00Z"));

		scenario.publish(failing)
			.andWaitForStateChange(() -> this.inbox.latest(host, INDONESIAN, JAKARTA))
			.andVerify(entries -> assertThat(entries).singleElement().satisfies(entry -> {
				assertThat(entry.title()).isEqualTo("Kalendermu tidak bisa dibaca");
				assertThat(entry.text()).contains("calendar.google.com/…/basic.ics");
				assertThat(entry.link()).isEqualTo("/settings/hosting/schedule");
			}));
		// the listener itself, not its asynchronous proxy: it has finished when checked
		AopTestUtils.<HostingNotices>getUltimateTargetObject(this.hostingNotices).on(failing);
		assertThat(only(host, NotificationKind.CALENDAR_FAILING)).as("the same event again tells nobody twice")
			.isNotNull();
	}

	@Test
	void eachSideIsAskedForFeedbackAloneAndBothHearWhenItIsRevealed(Scenario scenario) {
		AccountId host = this.people.host(this.people.member("Budi"), false);
		AccountId attendee = this.people.member("Sari");
		Booking booking = stimulated(scenario, () -> this.people.book(attendee, host, TUESDAY_EVENING), host);
		String feedbackPage = "/sesi/" + booking.id() + "/masukan";

		scenario
			.publish(new FeedbackRequested(booking.id(), attendee, host, FeedbackRole.ATTENDEE,
					booking.end().plus(Feedbacks.WINDOW)))
			.andWaitForStateChange(() -> this.inbox.latest(attendee, INDONESIAN, JAKARTA)
				.stream()
				.filter(entry -> entry.kind() == NotificationKind.FEEDBACK_REQUESTED)
				.toList())
			.andVerify(entries -> assertThat(entries).singleElement().satisfies(entry -> {
				assertThat(entry.title()).isEqualTo("Bagaimana ngupi-mu dengan Budi?");
				assertThat(entry.link()).isEqualTo(feedbackPage);
			}));
		assertThat(this.inbox.latest(host, INDONESIAN, JAKARTA)).as("the host was not asked by this event")
			.noneMatch(entry -> entry.kind() == NotificationKind.FEEDBACK_REQUESTED);

		scenario.publish(new FeedbackRevealed(booking.id(), host, attendee))
			.andWaitForStateChange(() -> this.inbox.latest(host, INDONESIAN, JAKARTA)
				.stream()
				.filter(entry -> entry.kind() == NotificationKind.FEEDBACK_REVEALED)
				.toList())
			.andVerify(entries -> assertThat(entries).singleElement()
				.satisfies(entry -> assertThat(entry.title()).isEqualTo("Masukan dari Sari sudah bisa dibaca")));
		assertThat(only(attendee, NotificationKind.FEEDBACK_REVEALED).link()).isEqualTo(feedbackPage);
	}

	@Test
	void aCancellationTellsTheOtherSideWhyAndDropsTheReminders(Scenario scenario) {
		AccountId host = this.people.host(this.people.member("Budi"), false);
		AccountId attendee = this.people.member("Sari");
		Booking booking = stimulated(scenario, () -> this.people.book(attendee, host, TUESDAY_EVENING), host);
		this.clock.set(TUESDAY_EVENING.minus(Duration.ofMinutes(30)));

		scenario.stimulate(() -> this.bookings.cancel(attendee, booking.id(), "Ada urusan keluarga"))
			.andWaitForStateChange(() -> kinds(host).contains(NotificationKind.BOOKING_CANCELLED))
			.andVerify(cancelled -> assertThat(cancelled).isTrue());

		StoredNotification cancelled = stored(host);
		assertThat(cancelled.details().message()).isEqualTo("Ada urusan keluarga");
		assertThat(cancelled.details().late()).isTrue();
		assertThat(kinds(attendee)).containsExactly(NotificationKind.BOOKING_CONFIRMED);
		assertThat(this.reminders.count(booking.id())).isZero();
	}

	@Test
	void aMoveTellsBothOnceWithTheOldAndNewTimes(Scenario scenario) {
		AccountId host = this.people.host(this.people.member("Budi"), false);
		AccountId attendee = this.people.member("Sari");
		Booking booking = stimulated(scenario, () -> this.people.book(attendee, host, TUESDAY_EVENING), host);

		scenario
			.stimulate(() -> this.bookings.reschedule(attendee, booking.id(),
					new BookingRequest(this.people.offering(host), TUESDAY_EVENING.plus(Duration.ofHours(1)),
							List.of("karier"), People.ANSWER, java.util.UUID.randomUUID())))
			.andWaitForStateChange(() -> kinds(attendee).contains(NotificationKind.BOOKING_RESCHEDULED)
					&& kinds(host).contains(NotificationKind.BOOKING_RESCHEDULED))
			.andVerify(moved -> assertThat(moved).isTrue());

		assertThat(only(attendee, NotificationKind.BOOKING_RESCHEDULED).text())
			.isEqualTo("\"Ngobrol karier\" pindah dari Sel, 5 Jan 19.00 WIB ke Sel, 5 Jan 20.00 WIB.");
		assertThat(kinds(host)).containsExactlyInAnyOrder(NotificationKind.BOOKING_RESCHEDULED,
				NotificationKind.BOOKING_CONFIRMED);
		assertThat(this.reminders.count(booking.id())).isZero();
		Booking moved = this.queries.asAttendee(attendee)
			.stream()
			.filter(found -> booking.id().equals(found.rescheduledFrom()))
			.findFirst()
			.orElseThrow();
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.reminders.count(moved.id()) == 4);
	}

	@Test
	void anUnansweredRequestTellsBothThatItExpired(Scenario scenario) {
		AccountId host = this.people.host(this.people.member("Budi"), true);
		AccountId attendee = this.people.member("Sari");
		Booking booking = stimulated(scenario, () -> this.people.book(attendee, host, TUESDAY_EVENING), host);
		this.clock.set(TUESDAY_EVENING.minus(Duration.ofMinutes(30)));

		// an answer after the deadline finds the request expired, as the scheduled run
		// would
		scenario.stimulate(() -> this.bookings.approve(host, booking.id(), null))
			.andWaitForStateChange(() -> kinds(attendee).contains(NotificationKind.BOOKING_EXPIRED)
					&& kinds(host).contains(NotificationKind.BOOKING_EXPIRED))
			.andVerify(expired -> assertThat(expired).isTrue());

		assertThat(only(attendee).title()).isEqualTo("Permintaanmu ke Budi kedaluwarsa");
	}

	@Test
	void theFirstInLineAreToldTogetherWithBeingMarkedTold(Scenario scenario, @Autowired Waitlist waitlist,
			@Autowired Hosting hosting) {
		AccountId host = this.people.host(this.people.member("Budi"), false);
		hosting.replaceWeeklySchedule(host, List.of());
		AccountId first = this.people.member("Pertama");
		AccountId second = this.people.member("Kedua");
		waitlist.join(first, host);
		this.clock.advance(Duration.ofMinutes(1));
		waitlist.join(second, host);

		scenario
			.stimulate(() -> hosting.addOneOffSlot(host, this.people.offering(host),
					java.time.LocalDateTime.of(2027, 1, 5, 19, 0)))
			.andWaitForStateChange(() -> kinds(first))
			.andVerify(told -> assertThat(told).containsExactly(NotificationKind.WAITLIST_OPENED));

		assertThat(only(first).title()).isEqualTo("Budi punya waktu kosong lagi");
		assertThat(only(first).link()).startsWith("/@budi-");
		assertThat(waitlist.isWaiting(first, host)).isFalse();
		assertThat(waitlist.isWaiting(second, host)).isTrue();
		assertThat(kinds(second)).isEmpty();
	}

	@Test
	void anEventHandledAgainTellsNobodyTwice(Scenario scenario, @Autowired BookingNotices notices) {
		AccountId host = this.people.host(this.people.member("Budi"), false);
		AccountId attendee = this.people.member("Sari");
		Booking booking = stimulated(scenario, () -> this.people.book(attendee, host, TUESDAY_EVENING), host);
		await(attendee);

		notices.on(new BookingConfirmed(booking.id(), host, attendee, booking.start(), booking.end()));

		assertThat(kinds(attendee)).containsExactly(NotificationKind.BOOKING_CONFIRMED);
		assertThat(kinds(host)).containsExactly(NotificationKind.BOOKING_CONFIRMED);
	}

	@Test
	void aKindTurnedOffIsKeptInTheInboxButNotMailed(Scenario scenario, @Autowired PreferenceStore preferences) {
		AccountId host = this.people.host(this.people.member("Budi", "budi-quiet@example.com", "id", "Asia/Jakarta"),
				false);
		preferences.set(host, NotificationKind.BOOKING_CONFIRMED, false);
		AccountId attendee = this.people.member("Sari");

		stimulated(scenario, () -> this.people.book(attendee, host, TUESDAY_EVENING), host);

		assertThat(this.deliveries.find(only(host).id())).isEmpty();
	}

	@Test
	void theInboxCountsUnreadAndMarksOnlyTheMembersOwn(Scenario scenario) {
		AccountId host = this.people.host(this.people.member("Budi"), false);
		AccountId attendee = this.people.member("Sari");
		stimulated(scenario, () -> this.people.book(attendee, host, TUESDAY_EVENING), host);
		InboxEntry hosts = await(host);
		InboxEntry attendees = await(attendee);
		assertThat(this.inbox.unread(host)).isEqualTo(1);

		assertThat(this.inbox.markRead(attendee, hosts.id())).isFalse();
		assertThat(this.inbox.unread(host)).isEqualTo(1);
		assertThat(this.inbox.markRead(host, hosts.id())).isTrue();
		assertThat(this.inbox.markRead(host, hosts.id())).isTrue();
		assertThat(this.inbox.unread(host)).isZero();
		assertThat(only(host).read()).isTrue();
		assertThat(this.inbox.markAllRead(attendee)).isEqualTo(1);
		assertThat(this.inbox.markAllRead(attendee)).isZero();
		assertThat(this.inbox.latest(attendee, INDONESIAN, JAKARTA)).extracting(InboxEntry::id)
			.containsExactly(attendees.id());
	}

	@Test
	void aDeletedMembersNotificationsAreForgotten(Scenario scenario, @Autowired Accounts accounts) {
		AccountId host = this.people.host(this.people.member("Budi"), false);
		AccountId attendee = this.people.member("Sari");
		stimulated(scenario, () -> this.people.book(attendee, host, TUESDAY_EVENING), host);
		await(attendee);

		scenario.stimulate(() -> accounts.delete(attendee))
			.andWaitForStateChange(() -> kinds(attendee).isEmpty())
			.andVerify(gone -> assertThat(gone).isTrue());
	}

	@Test
	void whatFailedToBeRecordedIsRecordedWhenItsPublicationIsResubmitted(@Autowired JdbcTemplate jdbc,
			@Autowired Resubmissions resubmissions) {
		AccountId host = this.people.host(this.people.member("Budi"), false);
		AccountId attendee = this.people.member("Sari");
		String incomplete = "SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
				+ " AND listener_id LIKE '%BookingNotices%' AND serialized_event LIKE ?";
		Booking booking;
		jdbc.execute("ALTER TABLE notifications.notification RENAME TO notification_away");
		try {
			booking = this.people.book(attendee, host, TUESDAY_EVENING);
			org.awaitility.Awaitility.await()
				.atMost(Duration.ofSeconds(10))
				.until(() -> jdbc.queryForObject(
						"SELECT count(*) FROM event_publication WHERE status = 'FAILED' AND listener_id LIKE ?"
								+ " AND serialized_event LIKE ?",
						Integer.class, "%BookingNotices%", "%" + attendee.value() + "%") == 1);
		}
		finally {
			jdbc.execute("ALTER TABLE notifications.notification_away RENAME TO notification");
		}
		assertThat(kinds(attendee)).isEmpty();
		assertThat(this.reminders.count(booking.id())).as("rolled back with the notifications").isZero();
		resubmissions.resubmit();
		assertThat(kinds(attendee)).as("a failure just now is left alone for a while").isEmpty();
		this.clock.advance(Duration.ofMinutes(2));

		resubmissions.resubmit();

		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> kinds(attendee).contains(NotificationKind.BOOKING_CONFIRMED)
					&& kinds(host).contains(NotificationKind.BOOKING_CONFIRMED));
		assertThat(this.reminders.count(booking.id())).isEqualTo(4);
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject(incomplete, Integer.class, "%" + attendee.value() + "%") == 0);
	}

	/** Books through the stimulus and waits until the member has heard of it. */
	private Booking stimulated(Scenario scenario, java.util.function.Supplier<Booking> booking, AccountId member) {
		java.util.concurrent.atomic.AtomicReference<Booking> made = new java.util.concurrent.atomic.AtomicReference<>();
		scenario.stimulate(() -> made.set(booking.get()))
			.andWaitForStateChange(() -> this.inbox.latest(member, INDONESIAN, JAKARTA))
			.andVerify(entries -> assertThat(entries).isNotEmpty());
		return made.get();
	}

	private InboxEntry await(AccountId member) {
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> !this.inbox.latest(member, INDONESIAN, JAKARTA).isEmpty());
		return this.inbox.latest(member, INDONESIAN, JAKARTA).get(0);
	}

	private InboxEntry only(AccountId member) {
		List<InboxEntry> entries = this.inbox.latest(member, INDONESIAN, JAKARTA);
		assertThat(entries).hasSize(1);
		return entries.get(0);
	}

	private InboxEntry only(AccountId member, NotificationKind kind) {
		List<InboxEntry> entries = this.inbox.latest(member, INDONESIAN, JAKARTA)
			.stream()
			.filter(entry -> entry.kind() == kind)
			.toList();
		assertThat(entries).hasSize(1);
		return entries.get(0);
	}

	private StoredNotification stored(AccountId member) {
		return this.notifications.latest(member, 1).get(0);
	}

	private List<NotificationKind> kinds(AccountId member) {
		return this.notifications.latest(member, 10).stream().map(StoredNotification::kind).toList();
	}

}
