package id.ngupi.notifications.internal;

import java.util.LinkedHashSet;
import java.util.Optional;

import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.Offering;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.notifications.NotificationKind;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.RoundEvents.ApplicationsWaiting;
import id.ngupi.rounds.RoundEvents.RoundCancelled;
import id.ngupi.rounds.RoundEvents.RoundSettled;
import id.ngupi.rounds.RoundId;
import id.ngupi.rounds.Rounds;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the members of a round what happened to it: the host who picks that applications
 * wait for them (and that the draw decides if they do not), each applicant who got no
 * time that they were not picked this time, and every applicant of a round called off
 * why. Winners are not told here: their booking's confirmation tells them, and the host,
 * once per session. The host hears a short summary only when the draw settled the round,
 * since then they did not see it happen; a host who picked saw the outcome on the page.
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

	RoundNotices(Rounds rounds, HostDirectory hosts, Accounts accounts, Notifier notifier) {
		this.rounds = rounds;
		this.hosts = hosts;
		this.accounts = accounts;
		this.notifier = notifier;
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
	 * kept, not even their name.
	 */
	@ApplicationModuleListener
	void on(RoundCancelled event) {
		Details details;
		if (event.reason() == null) {
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
