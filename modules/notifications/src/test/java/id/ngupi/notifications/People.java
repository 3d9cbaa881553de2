package id.ngupi.notifications;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingOutcome;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.Bookings;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.hosting.WeeklyWindow;
import id.ngupi.identity.AccountEvents.EmailVerificationRequested;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.ProfileChange;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;
import id.ngupi.rounds.ApplicationForm;
import id.ngupi.rounds.ApplyOutcome;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.RoundOutcome;
import id.ngupi.rounds.RoundPlan;
import id.ngupi.rounds.Rounds;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Members, hosts and sessions for the notifications tests. Hosts live in Jakarta and
 * offer "Ngobrol karier" (30 minutes) on Tuesdays from 19:00; a member with an address
 * has it verified through identity's own link.
 */
@Component
public class People {

	/** Tuesday 5 January 2027, 19:00 in Jakarta. */
	public static final Instant TUESDAY_EVENING = Instant.parse("2027-01-05T12:00:00Z");

	/** Monday 4 January 2027, 07:00 in Jakarta: a day and a half before. */
	public static final Instant MONDAY_MORNING = Instant.parse("2027-01-04T00:00:00Z");

	/**
	 * When the applications to a round opened in these tests close: Monday 09:00 in
	 * Jakarta.
	 */
	public static final Instant ROUND_CLOSES = MONDAY_MORNING.plus(java.time.Duration.ofHours(2));

	public static final String ANSWER = "Aku ingin pindah dari QA ke backend. <b>Mulai dari mana?</b>";

	private final Accounts accounts;

	private final Hosting hosting;

	private final HostDirectory directory;

	private final Bookings bookings;

	private final Rounds rounds;

	/** The verification token identity announced for each address. */
	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	People(Accounts accounts, Hosting hosting, HostDirectory directory, Bookings bookings, Rounds rounds) {
		this.accounts = accounts;
		this.hosting = hosting;
		this.directory = directory;
		this.bookings = bookings;
		this.rounds = rounds;
	}

	@EventListener
	void on(EmailVerificationRequested event) {
		this.tokens.put(event.email(), event.token());
	}

	/** A member without an address. */
	public AccountId member(String name) {
		return this.accounts.signIn(new ProviderIdentity(Provider.GITHUB, UUID.randomUUID().toString(),
				name.toLowerCase().replace(' ', '-') + "-" + UUID.randomUUID().toString().substring(0, 6), name, null))
			.id();
	}

	/** A member whose address is verified, who reads Ngupi in the language given. */
	public AccountId member(String name, String email, String language, String zone) {
		AccountId member = member(name);
		var account = this.accounts.find(member).orElseThrow();
		this.accounts.updateProfile(member,
				new ProfileChange(account.handle().value(), name, "", zone, language, null, null, null, null));
		this.accounts.requestEmailVerification(member, email);
		this.accounts.verifyEmail(this.tokens.get(email));
		return member;
	}

	/** A host in Jakarta, with approval or without. */
	public AccountId host(AccountId member, boolean approval) {
		this.hosting.saveProfile(member, new HostProfileChange("Ngobrol karier", "", List.of("karier", "backend"),
				List.of("id"), "https://meet.google.com/abc-defg-hij", "Asia/Jakarta"));
		this.hosting.addOffering(member, new OfferingChange("Ngobrol karier", 30, "", "Apa yang ingin kamu bahas?",
				approval, 5, 1, 21, 0, null));
		this.hosting.replaceWeeklySchedule(member,
				List.of(new WeeklyWindow(DayOfWeek.TUESDAY, TimeWindow.of(LocalTime.of(19, 0), LocalTime.of(21, 0)))));
		return member;
	}

	public OfferingId offering(AccountId host) {
		return this.directory.offerings(host).get(0).id();
	}

	/** The attendee books the host's offering at the start given. */
	public Booking book(AccountId attendee, AccountId host, Instant start) {
		BookingOutcome outcome = this.bookings.book(attendee,
				new BookingRequest(offering(host), start, List.of("karier", "backend"), ANSWER, UUID.randomUUID()));
		return ((BookingOutcome.Booked) outcome).booking();
	}

	/**
	 * A round of the host's offering at the times given, taking applications from now
	 * until {@link #ROUND_CLOSES}.
	 */
	public Round round(AccountId host, Picking picking, Instant... times) {
		RoundOutcome outcome = this.rounds.open(host,
				new RoundPlan(offering(host), List.of(times), null, ROUND_CLOSES, picking, false));
		return ((RoundOutcome.Opened) outcome).round();
	}

	/** The member applies to the round, for any of its times. */
	public void apply(AccountId member, Round round) {
		ApplyOutcome outcome = this.rounds.apply(member, round.id(),
				new ApplicationForm(List.of("karier"), ANSWER, List.of()));
		if (outcome != ApplyOutcome.APPLIED) {
			throw new IllegalStateException("Not applied: " + outcome);
		}
	}

}
