package id.ngupi.notifications.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingEvents.BookingCancelled;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.notifications.Inbox;
import id.ngupi.notifications.InboxEntry;
import id.ngupi.notifications.MondayMorning;
import id.ngupi.notifications.NotificationKind;
import id.ngupi.notifications.People;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.util.AopTestUtils;

import static id.ngupi.notifications.People.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When a member's account is suspended, the other side of each session Ngupi called off
 * hears that their host or attendee cannot continue, in their own language and zone and
 * without the reason; applicants of the host's rounds hear the round is off without the
 * host's name. The suspended member is told nothing, reminders stop, and the same event
 * handled twice tells nobody twice.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ExtendWith(MondayMorning.class)
class SuspensionNoticesTests {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private final People people;

	private final Inbox inbox;

	private final Accounts accounts;

	private final NotificationStore notifications;

	private final ReminderStore reminders;

	private final BookingNotices notices;

	@Autowired
	SuspensionNoticesTests(People people, Inbox inbox, Accounts accounts, NotificationStore notifications,
			ReminderStore reminders, BookingNotices notices) {
		this.people = people;
		this.inbox = inbox;
		this.accounts = accounts;
		this.notifications = notifications;
		this.reminders = reminders;
		this.notices = notices;
	}

	@Test
	void aSuspendedHostsAttendeesHearNgupiCalledItOffInTheirLanguageAndTheHostNothing(Scenario scenario) {
		AccountId host = this.people.host(this.people.member("Budi"), false);
		AccountId sari = this.people.member("Sari");
		AccountId tono = this.people.member("Tono", "tono-suspended-host@example.com", "en", "Asia/Tokyo");
		Booking first = this.people.book(sari, host, TUESDAY_EVENING);
		Booking second = this.people.book(tono, host, TUESDAY_EVENING.plus(Duration.ofHours(1)));
		confirmed(sari, tono, host);

		scenario.stimulate(() -> this.accounts.suspend(host, "Spam berulang ke peserta"))
			.andWaitForStateChange(() -> kinds(sari).contains(NotificationKind.BOOKING_CANCELLED)
					&& kinds(tono).contains(NotificationKind.BOOKING_CANCELLED))
			.andVerify(told -> assertThat(told).isTrue());

		InboxEntry forSari = only(sari, NotificationKind.BOOKING_CANCELLED, INDONESIAN, JAKARTA);
		assertThat(forSari.title()).isEqualTo("Sesi \"Ngobrol karier\" dibatalkan");
		assertThat(forSari.text()).startsWith("Sesi \"Ngobrol karier\" pada Sel, 5 Jan 19.00 WIB dibatalkan oleh Ngupi"
				+ " karena host tidak bisa melanjutkan. Maaf atas ketidaknyamanannya.");
		assertThat(forSari.title() + forSari.text()).doesNotContain("Budi", "Spam", "ditangguhkan");
		InboxEntry forTono = only(tono, NotificationKind.BOOKING_CANCELLED, Locale.ENGLISH, ZoneId.of("Asia/Tokyo"));
		assertThat(forTono.text()).startsWith("The session \"Ngobrol karier\" on Tue, 5 Jan 22:00 JST was called off"
				+ " by Ngupi because the host cannot continue.");
		assertThat(kinds(host)).as("the suspended host is told nothing")
			.doesNotContain(NotificationKind.BOOKING_CANCELLED);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(this.reminders.count(first.id()) + this.reminders.count(second.id())).isZero());

		AopTestUtils.<BookingNotices>getUltimateTargetObject(this.notices).on(BookingCancelled.calledOff(first, host));

		assertThat(kinds(sari)).as("handled twice, told once").containsOnlyOnce(NotificationKind.BOOKING_CANCELLED);
	}

	@Test
	void aSuspendedAttendeesHostHearsTheAttendeeCannotContinue(Scenario scenario) {
		AccountId host = this.people.host(this.people.member("Budi"), false);
		AccountId sari = this.people.member("Sari");
		this.people.book(sari, host, TUESDAY_EVENING);
		confirmed(sari, host);

		scenario.stimulate(() -> this.accounts.suspend(sari, "Spam"))
			.andWaitForStateChange(() -> kinds(host).contains(NotificationKind.BOOKING_CANCELLED))
			.andVerify(told -> assertThat(told).isTrue());

		InboxEntry entry = only(host, NotificationKind.BOOKING_CANCELLED, INDONESIAN, JAKARTA);
		assertThat(entry.text()).startsWith("Sesi \"Ngobrol karier\" pada Sel, 5 Jan 19.00 WIB dibatalkan oleh Ngupi"
				+ " karena peserta tidak bisa melanjutkan.");
		assertThat(entry.title() + entry.text()).doesNotContain("Sari", "Spam");
		assertThat(kinds(sari)).doesNotContain(NotificationKind.BOOKING_CANCELLED);
	}

	@Test
	void applicantsOfASuspendedHostsRoundHearItIsOffWithoutTheirName(Scenario scenario) {
		AccountId host = this.people.host(this.people.member("Budi"), false);
		Round round = this.people.round(host, Picking.DRAW, TUESDAY_EVENING);
		AccountId sari = this.people.member("Sari");
		this.people.apply(sari, round);

		scenario.stimulate(() -> this.accounts.suspend(host, "Spam"))
			.andWaitForStateChange(() -> kinds(sari))
			.andVerify(kinds -> assertThat(kinds).containsExactly(NotificationKind.ROUND_CANCELLED));

		InboxEntry entry = only(sari, NotificationKind.ROUND_CANCELLED, INDONESIAN, JAKARTA);
		assertThat(entry.title()).isEqualTo("Putaran \"Ngobrol karier\" dibatalkan");
		assertThat(entry.text()).startsWith("Putaran \"Ngobrol karier\" yang kamu daftari dibatalkan oleh Ngupi")
			.doesNotContain("Budi");
		assertThat(entry.link()).isEqualTo("/");
		assertThat(kinds(host)).doesNotContain(NotificationKind.ROUND_CANCELLED);
	}

	/** Waits until each member heard of their confirmed session. */
	private void confirmed(AccountId... members) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> List.of(members)
				.stream()
				.allMatch(member -> kinds(member).contains(NotificationKind.BOOKING_CONFIRMED)));
	}

	private InboxEntry only(AccountId member, NotificationKind kind, Locale locale, ZoneId zone) {
		List<InboxEntry> entries = this.inbox.latest(member, locale, zone)
			.stream()
			.filter(entry -> entry.kind() == kind)
			.toList();
		assertThat(entries).hasSize(1);
		return entries.get(0);
	}

	private List<NotificationKind> kinds(AccountId member) {
		return this.notifications.latest(member, 10).stream().map(StoredNotification::kind).toList();
	}

}
