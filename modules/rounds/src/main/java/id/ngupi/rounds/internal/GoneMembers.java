package id.ngupi.rounds.internal;

import java.util.List;

import id.ngupi.booking.Holds;
import id.ngupi.identity.AccountEvents.AccountDeleted;
import id.ngupi.identity.AccountId;
import id.ngupi.rounds.Application;
import id.ngupi.rounds.RoundEvents.RoundCancelled;
import id.ngupi.rounds.RoundId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What rounds do when a member deletes their account: their applications to rounds not
 * settled yet are removed (they are in no draw), and their own rounds not settled yet are
 * removed with their applications, their times let go and every applicant told. Settled
 * rounds stay, for the winners' sessions and the draw's page.
 */
@Component
class GoneMembers {

	private final RoundStore rounds;

	private final ApplicationStore applications;

	private final Holds holds;

	private final ApplicationEventPublisher events;

	GoneMembers(RoundStore rounds, ApplicationStore applications, Holds holds, ApplicationEventPublisher events) {
		this.rounds = rounds;
		this.applications = applications;
		this.holds = holds;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		AccountId gone = event.account();
		this.applications.deleteOpen(gone);
		for (RoundId round : this.rounds.openOf(gone)) {
			this.rounds.lock(round, true).ifPresent(locked -> {
				List<AccountId> applicants = this.applications.of(round).stream().map(Application::member).toList();
				this.holds.release(round.value(), gone);
				this.rounds.delete(round);
				this.events.publishEvent(new RoundCancelled(round, gone, applicants, null));
			});
		}
	}

}
