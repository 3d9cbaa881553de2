package id.ngupi.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;

import id.ngupi.booking.Waitlist;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.Offering;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.notifications.NotificationKind;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.RoundPhase;
import id.ngupi.rounds.RoundEvents.ApplicationsWaiting;
import id.ngupi.rounds.RoundEvents.RoundCancelled;
import id.ngupi.rounds.RoundEvents.RoundOpened;
import id.ngupi.rounds.RoundEvents.RoundSettled;
import id.ngupi.rounds.RoundId;
import id.ngupi.rounds.Rounds;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells everyone on a host's waitlist that the host opened a round, and the members of a
 * round what happened to it: the host who picks that applications wait for them (and that
 * the draw decides if they do not), each applicant who got no time that they were not
 * picked this time, and every applicant of a round called off why. Winners are not told
 * here: their booking's confirmation tells them, and the host, once per session. The host
 * hears a short summary only when the draw settled the round, since then they did not see
 * it happen; a host who picked saw the outcome on the page.
 * <p>
 * Every notification of a round shares one event id per round, so an event handled twice
 * (a resubmitted publication) tells nobody twice.
 */
@Component
class RoundNotices {

	private final Rounds rounds;

	private final HostDirectory hosts;

	private final Accounts accounts;

	private final Notifier notifier;

	private final Waitlist waitlist;

	private final Clock clock;

	RoundNotices(Rounds rounds, HostDirectory hosts, Accounts accounts, Notifier notifier, Waitlist waitlist,
			Clock clock) {
		this.rounds = rounds;
		this.hosts = hosts;
		this.accounts = accounts;
		this.notifier = notifier;
		this.waitlist = waitlist;
		this.clock = clock;
	}

	/**
	 * Everyone on the host's waitlist hears of the round, not only the first in line: a
	 * round takes applications from all alike until it closes. Nobody is told when the
	 * host is no longer listed (paused or suspended: their page is gone) or the round no
	 * longer takes applications (called off, settled or closed before this got to run).
	 * <p>
	 * The members keep their place on the waitlist: marking them told
	 * ({@link Waitlist#tellFirst}) would take them out of line for the host's next open
	 * times, which a round does not give them. What records that they were told is the
	 * notification itself, one per round and member, so the event handled twice tells
	 * nobody twice.
	 */
	@ApplicationModuleListener
	void on(RoundOpened event) {
		Instant now = this.clock.instant();
		Optional<Round> open = this.rounds.find(event.round()).filter(round -> taking(round, now));
		Optional<HostProfile> host = this.hosts.find(event.host()).filter(HostProfile::listed);
		if (open.isEmpty() || host.isEmpty()) {
			return;
		}
		Round round = open.get();
		// applications already open read "apply now", however late this runs
		Instant opensAt = round.opensAt().isAfter(now) ? round.opensAt() : null;
		Details details = Details.roundOpened(round.id().toString(), host.get().displayName(), host.get().handle(),
				title(round), round.times().size(), opensAt, round.closesAt());
		for (AccountId member : this.waitlist.everyone(event.host())) {
			if (!member.equals(event.host())) {
				this.notifier.tell(member, NotificationKind.ROUND_OPENED, eventId(event.round()), details);
			}
		}
	}

	private static boolean taking(Round round, Instant now) {
		RoundPhase phase = round.phase(now);
		return phase == RoundPhase.UPCOMING || phase == RoundPhase.APPLYING;
	}

	/**
	 * The host hears that applications wait, unless the round was settled or called off
	 * before this got to run.
	 */
	@ApplicationModuleListener
	void on(ApplicationsWaiting event) {
		this.rounds.find(event.round())
			.filter(round -> round.settled().isEmpty() && !round.cancelled())
			.ifPresent(round -> this.notifier.tell(event.host(), NotificationKind.ROUND_PICK, eventId(event.round()),
					Details.roundPick(round.id().toString(), title(round), event.applicants(), event.pickBy())));
	}

	@ApplicationModuleListener
	void on(RoundSettled event) {
		Optional<Round> round = this.rounds.find(event.round());
		String title = round.map(this::title).orElse(null);
		Host host = host(event.host());
		for (AccountId member : new LinkedHashSet<>(event.notChosen())) {
			this.notifier.tell(member, NotificationKind.ROUND_NOT_CHOSEN, eventId(event.round()),
					Details.roundApplicant(event.round().toString(), host.name(), host.handle(), title, null));
		}
		if (event.by() == Picking.DRAW) {
			String picking = round.map(found -> found.picking().code()).orElse(Picking.DRAW.code());
			this.notifier.tell(event.host(), NotificationKind.ROUND_SETTLED, eventId(event.round()),
					Details.roundSettled(event.round().toString(), title,
							event.winners().size() + event.notChosen().size(), event.winners().size(), picking));
		}
	}

	/**
	 * Every applicant hears why; when the host deleted their account nothing of theirs is
	 * kept, not even their name. A round Ngupi called off (its host was suspended) is
	 * told without the host's name, only that the host cannot continue.
	 */
	@ApplicationModuleListener
	void on(RoundCancelled event) {
		Details details;
		if (event.byNgupi()) {
			details = Details.roundCalledOff(event.round().toString(),
					this.rounds.find(event.round()).map(this::title).orElse(null));
		}
		else if (event.reason() == null) {
			details = Details.roundApplicant(event.round().toString(), null, null, null, null);
		}
		else {
			Host host = host(event.host());
			String title = this.rounds.find(event.round()).map(this::title).orElse(null);
			details = Details.roundApplicant(event.round().toString(), host.name(), host.handle(), title,
					event.reason());
		}
		for (AccountId member : new LinkedHashSet<>(event.applicants())) {
			this.notifier.tell(member, NotificationKind.ROUND_CANCELLED, eventId(event.round()), details);
		}
	}

	private String title(Round round) {
		return this.hosts.offering(round.offering()).map(Offering::title).orElse(null);
	}

	/** The host as their page shows them, or as their account names them. */
	private Host host(AccountId host) {
		return this.hosts.find(host)
			.map((HostProfile profile) -> new Host(profile.displayName(), profile.handle()))
			.or(() -> this.accounts.find(host)
				.map((Account account) -> new Host(account.displayName(), account.handle().value())))
			.orElse(new Host(null, null));
	}

	/** The idempotency key's event part for everything that happens to one round. */
	static String eventId(RoundId round) {
		return "round:" + round;
	}

	private record Host(String name, String handle) {
	}

}
