package id.ngupi.rounds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.ngupi.booking.HoldOutcome;
import id.ngupi.booking.HoldOutcome.Held;
import id.ngupi.booking.HoldOutcome.NotOpen;
import id.ngupi.booking.Holds;
import id.ngupi.booking.MemberMessage;
import id.ngupi.booking.MemberRecords;
import id.ngupi.booking.MemberRecords.PastSessions;
import id.ngupi.feedback.ConfirmedNoShows;
import id.ngupi.feedback.NoShows;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.Topic;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.TextRules;
import id.ngupi.rounds.RoundEvents.RoundCancelled;
import id.ngupi.rounds.RoundEvents.RoundOpened;
import id.ngupi.rounds.RoundOutcome.Opened;
import id.ngupi.rounds.RoundOutcome.Reason;
import id.ngupi.rounds.RoundOutcome.Refused;
import id.ngupi.rounds.internal.ApplicationStore;
import id.ngupi.rounds.internal.ApplicationStore.Content;
import id.ngupi.rounds.internal.Draw;
import id.ngupi.rounds.internal.RoundStore;
import id.ngupi.rounds.internal.RoundStore.NewRound;
import id.ngupi.rounds.internal.Settling;
import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Rounds, as hosts open and settle them and members apply: every rule of a round lives
 * here. Applying is not booking: the round's times are held in booking until the round is
 * settled, and winners are booked through booking's rules then.
 */
@Service
@Validated
public class Rounds {

	/** How long a host who picks has after the window closes; the draw decides after. */
	public static final Duration PICK_TIME = Duration.ofHours(48);

	/** How often a ticket is drawn again when it is taken in the round already. */
	private static final int TICKET_ATTEMPTS = 5;

	private final RoundStore rounds;

	private final ApplicationStore applications;

	private final Settling settling;

	private final Holds holds;

	private final HostDirectory hosts;

	private final Accounts accounts;

	private final MemberRecords records;

	private final NoShows noShows;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Rounds(RoundStore rounds, ApplicationStore applications, Settling settling, Holds holds, HostDirectory hosts,
			Accounts accounts, MemberRecords records, NoShows noShows, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.noShows = noShows;
		this.rounds = rounds;
		this.applications = applications;
		this.settling = settling;
		this.holds = holds;
		this.hosts = hosts;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens a round of the host's offering at the planned times, holding them: all of
	 * them, or nothing when one is not open, the window is empty or closes within the
	 * first time's notice.
	 */
	@Transactional
	public RoundOutcome open(AccountId host, @Valid RoundPlan plan) {
		Optional<Offering> offering = this.hosts.offering(plan.offering())
			.filter(found -> found.host().equals(host) && found.active());
		Optional<HostProfile> profile = this.hosts.find(host);
		if (offering.isEmpty() || profile.isEmpty()) {
			return new Refused(Reason.NOT_YOUR_OFFERING);
		}
		if (!profile.get().listed()) {
			return new Refused(Reason.NOT_HOSTING);
		}
		if (!offering.get().bookable(profile.get())) {
			return new Refused(Reason.NO_MEETING_LINK);
		}
		// as PostgreSQL keeps it: a clock's nanoseconds would be rounded, maybe up, and a
		// round opening "now" would not be open yet when read back at the same instant
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Instant opensAt = (plan.opensAt() == null || plan.opensAt().isBefore(now)) ? now : plan.opensAt();
		if (!plan.closesAt().isAfter(opensAt)) {
			return new Refused(Reason.WINDOW_EMPTY);
		}
		Instant lastClose = plan.times().get(0).minus(offering.get().minNotice());
		if (plan.closesAt().isAfter(lastClose)) {
			return new Refused(Reason.CLOSES_TOO_LATE, lastClose, null);
		}
		RoundId id = new RoundId(UUID.randomUUID());
		HoldOutcome held = this.holds.hold(id.value(), host, plan.offering(), plan.times());
		if (held instanceof NotOpen notOpen) {
			return new Refused(Reason.TIME_NOT_OPEN, notOpen.start(), notOpen.reason());
		}
		if (!(held instanceof Held slots)) {
			return new Refused(Reason.TIMES_OVERLAP, ((HoldOutcome.Overlapping) held).start(), null);
		}
		Instant pickBy = (plan.picking() == Picking.HOST) ? min(plan.closesAt().plus(PICK_TIME), lastClose)
				: plan.closesAt();
		String seed = Draw.seed();
		this.rounds.insert(new NewRound(id, host, plan.offering(), plan.picking(), plan.firstTimersOverall(), opensAt,
				plan.closesAt(), pickBy, seed, Draw.sha256(seed),
				slots.slots().stream().map(slot -> new RoundTime(slot.start(), slot.end())).toList()), now);
		this.events.publishEvent(new RoundOpened(id, host, opensAt, plan.closesAt()));
		return new Opened(this.rounds.find(id).orElseThrow());
	}

	/** The round, as anyone may see it. */
	@Transactional(readOnly = true)
	public Optional<Round> find(RoundId round) {
		return this.rounds.find(round);
	}

	/** The host's rounds, the latest window first. */
	@Transactional(readOnly = true)
	public List<Round> ofHost(AccountId host) {
		return this.rounds.ofHost(host, 50);
	}

	/**
	 * The rounds not settled yet the member takes part in, soonest closing first: as
	 * host, the rounds they opened; otherwise the rounds they applied to. One statement.
	 */
	@Transactional(readOnly = true)
	public List<Round> pending(AccountId member, boolean asHost) {
		return asHost ? this.rounds.pendingHosted(member) : this.rounds.pendingApplied(member);
	}

	/**
	 * Each host's round taking applications now or about to, the soonest closing first:
	 * what discovery and host pages announce. One statement.
	 */
	@Transactional(readOnly = true)
	public Map<AccountId, Round> taking(Collection<AccountId> hosts) {
		return hosts.isEmpty() ? Map.of() : this.rounds.taking(hosts, this.clock.instant());
	}

	/**
	 * Applies to the round, or changes the member's application, while its window is
	 * open.
	 * @throws RoundNotFoundException when there is no such round
	 */
	@Transactional
	public ApplyOutcome apply(AccountId member, RoundId id, @Valid ApplicationForm form) {
		Round round = this.rounds.lock(id, false).orElseThrow(() -> new RoundNotFoundException(id));
		if (round.phase(this.clock.instant()) != RoundPhase.APPLYING) {
			return ApplyOutcome.NOT_OPEN;
		}
		if (round.host().equals(member)) {
			return ApplyOutcome.OWN_ROUND;
		}
		if (this.accounts.find(member).map(account -> account.suspended()).orElse(true)) {
			return ApplyOutcome.NOT_ALLOWED;
		}
		Set<String> hostTopics = new HashSet<>(this.hosts.find(round.host())
			.map(host -> host.topics().stream().map(Topic::slug).map(TopicSlug::value).toList())
			.orElse(List.of()));
		if (!hostTopics.containsAll(form.topics())) {
			return ApplyOutcome.UNKNOWN_TOPICS;
		}
		if (!form.ranked().stream().allMatch(round::hasTime)) {
			return ApplyOutcome.UNKNOWN_TIMES;
		}
		Content content = new Content(form.topics().stream().map(TopicSlug::new).toList(), form.answer(),
				form.ranked());
		Instant now = this.clock.instant();
		Optional<Application> earlier = this.applications.find(id, member);
		if (earlier.isPresent()) {
			this.applications.update(earlier.get().id(), content, now);
			return ApplyOutcome.UPDATED;
		}
		for (int attempt = 0; attempt < TICKET_ATTEMPTS; attempt++) {
			if (this.applications.insert(id, member, Draw.ticket(), content, now)) {
				return ApplyOutcome.APPLIED;
			}
		}
		throw new IllegalStateException("No free ticket in round " + id + " after " + TICKET_ATTEMPTS + " draws");
	}

	/**
	 * Withdraws the member's application while the window is open.
	 * @throws RoundNotFoundException when there is no such round
	 */
	@Transactional
	public ApplyOutcome withdraw(AccountId member, RoundId id) {
		Round round = this.rounds.lock(id, false).orElseThrow(() -> new RoundNotFoundException(id));
		if (round.phase(this.clock.instant()) != RoundPhase.APPLYING) {
			return ApplyOutcome.NOT_OPEN;
		}
		return this.applications.delete(id, member) ? ApplyOutcome.WITHDRAWN : ApplyOutcome.NOT_APPLIED;
	}

	/** The member's application to the round, if they applied. */
	@Transactional(readOnly = true)
	public Optional<Application> applicationOf(AccountId member, RoundId round) {
		return this.applications.find(round, member);
	}

	/**
	 * What became of the member's application, once the round was settled: their place,
	 * and their session if they won.
	 */
	@Transactional(readOnly = true)
	public Optional<DrawEntry> resultOf(AccountId member, RoundId round) {
		return this.rounds.entryOf(round, member);
	}

	/**
	 * How many applied, once the window closed (not before: a count would push members
	 * into or away from a round).
	 */
	@Transactional(readOnly = true)
	public Optional<Integer> applicants(Round round) {
		return round.phase(this.clock.instant()).closed() ? Optional.of(this.applications.count(round.id()))
				: Optional.empty();
	}

	/**
	 * How many applied to each of the rounds whose window closed (the others are
	 * missing): one statement.
	 */
	@Transactional(readOnly = true)
	public Map<RoundId, Integer> applicants(Collection<Round> rounds) {
		Instant now = this.clock.instant();
		List<RoundId> closed = rounds.stream().filter(round -> round.phase(now).closed()).map(Round::id).toList();
		return closed.isEmpty() ? Map.of() : this.applications.counts(closed);
	}

	/**
	 * How the settled round was decided, for anyone to check; nothing before it is.
	 */
	@Transactional(readOnly = true)
	public Optional<DrawRecord> draw(RoundId id) {
		return this.rounds.find(id)
			.filter(round -> round.settled().isPresent())
			.map(round -> new DrawRecord(round, this.rounds.entries(id)));
	}

	/**
	 * The host picks the winners, in order (at least one, at most one per time: a host
	 * who wants nobody calls the round off), and settles the round: the picked are
	 * booked, everyone else told. Only once the window closed and before the pick
	 * deadline.
	 * @throws RoundNotFoundException when the round is not the host's
	 */
	@Transactional
	public HostAnswer choose(AccountId host, RoundId id, List<ApplicationId> picks) {
		Round round = this.rounds.lock(id, true)
			.filter(found -> found.host().equals(host))
			.orElseThrow(() -> new RoundNotFoundException(id));
		if (round.phase(this.clock.instant()) != RoundPhase.PICKING) {
			return HostAnswer.NOT_NOW;
		}
		Set<ApplicationId> known = new HashSet<>(this.applications.of(id).stream().map(Application::id).toList());
		List<ApplicationId> distinct = picks.stream().distinct().toList();
		if (distinct.isEmpty() || distinct.size() > round.times().size() || !known.containsAll(distinct)) {
			return HostAnswer.BAD_PICKS;
		}
		this.applications.pick(id, distinct);
		this.settling.settle(round, Picking.HOST);
		return HostAnswer.DONE;
	}

	/**
	 * The host calls the round off before it is settled, saying why: its times are open
	 * again and every applicant is told.
	 * @throws RoundNotFoundException when the round is not the host's
	 */
	@Transactional
	public HostAnswer cancel(AccountId host, RoundId id, @MemberMessage String reason) {
		Round round = this.rounds.lock(id, true)
			.filter(found -> found.host().equals(host))
			.orElseThrow(() -> new RoundNotFoundException(id));
		if (!round.phase(this.clock.instant()).open()) {
			return HostAnswer.NOT_NOW;
		}
		String why = TextRules.blankToNull(reason);
		if (why == null) {
			return HostAnswer.REASON_REQUIRED;
		}
		List<AccountId> applicants = this.applications.of(round.id()).stream().map(Application::member).toList();
		this.holds.release(round.id().value(), round.host());
		this.rounds.cancel(round.id(), why);
		this.events.publishEvent(new RoundCancelled(round.id(), round.host(), applicants, why));
		return HostAnswer.DONE;
	}

	/**
	 * The applications to the host's round, side by side with each member's past sessions
	 * and confirmed no-shows.
	 * @throws RoundNotFoundException when the round is not the viewer's
	 */
	@Transactional(readOnly = true)
	public List<Applicant> applicantsFor(AccountId viewer, RoundId id) {
		Round round = this.rounds.find(id)
			.filter(found -> found.host().equals(viewer))
			.orElseThrow(() -> new RoundNotFoundException(id));
		List<Application> all = this.applications.of(id);
		List<AccountId> members = all.stream().map(Application::member).toList();
		Map<AccountId, PastSessions> past = this.records.pastSessions(round.host(), members);
		Map<AccountId, ConfirmedNoShows> noShows = this.noShows.confirmedOf(members);
		return all.stream()
			.map(application -> new Applicant(application, past.get(application.member()),
					noShows.getOrDefault(application.member(), new ConfirmedNoShows(List.of()))))
			.toList();
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
