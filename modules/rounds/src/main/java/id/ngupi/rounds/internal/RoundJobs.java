package id.ngupi.rounds.internal;

import java.time.Clock;
import java.util.Optional;

import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.RoundEvents.ApplicationsWaiting;
import id.ngupi.rounds.RoundId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens to rounds as time passes: a host who picks is told once their window
 * closed, and every round whose time to settle came (a draw's close, a host's pick
 * deadline) is drawn. Safe with several instances: each round is settled in its own
 * transaction with its row locked, and a round another run holds is skipped
 * ({@code SKIP LOCKED}); a host is told by the run that marks the round.
 */
@Component
public class RoundJobs {

	/** The most rounds one run settles, so a backlog does not hold one run for long. */
	private static final int PER_RUN = 50;

	private final RoundStore rounds;

	private final ApplicationStore applications;

	private final Settling settling;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RoundJobs(RoundStore rounds, ApplicationStore applications, Settling settling, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.rounds = rounds;
		this.applications = applications;
		this.settling = settling;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${ngupi.rounds.settle.initial-delay:PT20S}",
			fixedDelayString = "${ngupi.rounds.settle.every:PT30S}")
	public void run() {
		tellHosts();
		settleDue();
	}

	/** Tells each host who picks that their window closed; returns how many were told. */
	public int tellHosts() {
		Integer told = this.transactions.execute(status -> {
			int count = 0;
			for (Round round : this.rounds.markHostsTold(this.clock.instant())) {
				this.events.publishEvent(new ApplicationsWaiting(round.id(), round.host(),
						this.applications.count(round.id()), round.pickBy()));
				count++;
			}
			return count;
		});
		return (told != null) ? told : 0;
	}

	/** Settles the rounds due, each in its own transaction; returns how many. */
	public int settleDue() {
		int settled = 0;
		while (settled < PER_RUN && Boolean.TRUE.equals(this.transactions.execute(status -> settleOne()))) {
			settled++;
		}
		return settled;
	}

	private boolean settleOne() {
		Optional<RoundId> due = this.rounds.lockDue(this.clock.instant());
		if (due.isEmpty()) {
			return false;
		}
		Round round = this.rounds.find(due.get()).orElseThrow();
		this.settling.settle(round, Picking.DRAW);
		return true;
	}

}
