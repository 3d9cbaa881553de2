package id.ngupi.rounds.internal;

import java.util.List;

import id.ngupi.booking.Holds;
import id.ngupi.identity.AccountEvents.AccountSuspended;
import id.ngupi.identity.AccountId;
import id.ngupi.rounds.Application;
import id.ngupi.rounds.RoundEvents.RoundCancelled;
import id.ngupi.rounds.RoundId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What rounds do when a member's account is suspended: their applications to rounds not
 * settled yet are withdrawn, and their own rounds not settled yet are called off by
 * Ngupi, their times let go and every applicant told without the reason (the round is
 * kept, cancelled, for its page). Settled rounds stay, their sessions being booking's
 * concern. Lifting the suspension brings nothing back.
 * <p>
 * Handled twice (a resubmitted publication), it finds nothing open left.
 */
@Component
class SuspendedMembers {

	private final RoundStore rounds;

	private final ApplicationStore applications;

	private final Holds holds;

	private final ApplicationEventPublisher events;

	SuspendedMembers(RoundStore rounds, ApplicationStore applications, Holds holds, ApplicationEventPublisher events) {
		this.rounds = rounds;
		this.applications = applications;
		this.holds = holds;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(AccountSuspended event) {
		AccountId suspended = event.account();
		this.applications.deleteOpen(suspended);
		for (RoundId round : this.rounds.openOf(suspended)) {
			this.rounds.lock(round, true)
				.filter(locked -> !locked.cancelled() && locked.settled().isEmpty())
				.ifPresent(locked -> {
					List<AccountId> applicants = this.applications.of(round).stream().map(Application::member).toList();
					this.holds.release(round.value(), suspended);
					this.rounds.callOff(round);
					this.events.publishEvent(new RoundCancelled(round, suspended, applicants, null, true));
				});
		}
	}

}
