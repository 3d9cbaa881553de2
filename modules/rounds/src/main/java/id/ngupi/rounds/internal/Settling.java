package id.ngupi.rounds.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingOutcome;
import id.ngupi.booking.BookingOutcome.AlreadyBooked;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingOutcome.Refusal;
import id.ngupi.booking.BookingOutcome.Refused;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.Holds;
import id.ngupi.booking.MemberRecords;
import id.ngupi.booking.MemberRecords.PastSessions;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountId;
import id.ngupi.rounds.Application;
import id.ngupi.rounds.DrawEntry;
import id.ngupi.rounds.DrawEntry.Outcome;
import id.ngupi.rounds.Picking;
import id.ngupi.rounds.Round;
import id.ngupi.rounds.RoundEvents.RoundSettled;
import id.ngupi.rounds.RoundEvents.Winner;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Settles a round inside the caller's transaction, with the round locked: puts the
 * applicants in order (the draw's, or the host's picks), books each in turn into their
 * best-ranked time still held, through every booking rule (a member who may not book any
 * more is skipped and the next goes in), records everyone's place, lets the times nobody
 * got go, and tells everyone through {@link RoundSettled}.
 */
@Component
public class Settling {

	private final RoundStore rounds;

	private final ApplicationStore applications;

	private final Bookings bookings;

	private final Holds holds;

	private final MemberRecords records;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Settling(RoundStore rounds, ApplicationStore applications, Bookings bookings, Holds holds, MemberRecords records,
			ApplicationEventPublisher events, Clock clock) {
		this.rounds = rounds;
		this.applications = applications;
		this.bookings = bookings;
		this.holds = holds;
		this.records = records;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Settles the locked, open round: by the host's picks, or by the draw.
	 */
	public void settle(Round round, Picking by) {
		String seed = this.rounds.seed(round.id());
		List<Application> all = this.applications.of(round.id());
		Map<AccountId, PastSessions> past = this.records.pastSessions(round.host(),
				all.stream().map(Application::member).toList());
		Map<AccountId, Integer> priorities = new HashMap<>();
		all.forEach(application -> priorities.put(application.member(),
				Draw.priority(past.get(application.member()), round.firstTimersOverall())));
		Map<String, String> keys = Draw.sortKeys(seed, all);
		List<Application> drawn = Draw.order(keys, all, priorities);
		List<Application> order;
		List<Application> candidates;
		if (by == Picking.HOST) {
			candidates = all.stream()
				.filter(application -> application.pickedRank().isPresent())
				.sorted(Comparator.comparingInt(application -> application.pickedRank().getAsInt()))
				.toList();
			order = new ArrayList<>(candidates);
			drawn.stream().filter(application -> application.pickedRank().isEmpty()).forEach(order::add);
		}
		else {
			candidates = drawn;
			order = drawn;
		}
		Set<Application> turns = new HashSet<>(candidates);
		List<Instant> free = new ArrayList<>(this.holds.held(round.id().value()));
		List<DrawEntry> entries = new ArrayList<>();
		List<UUID> members = new ArrayList<>();
		List<UUID> bookingIds = new ArrayList<>();
		List<Winner> winners = new ArrayList<>();
		List<AccountId> notChosen = new ArrayList<>();
		for (Application application : order) {
			Optional<Booking> won = Optional.empty();
			Outcome outcome = Outcome.NOT_CHOSEN;
			if (turns.contains(application) && !free.isEmpty()) {
				Turn turn = book(round, application, free);
				outcome = turn.outcome();
				won = turn.booking();
			}
			won.ifPresent(booking -> {
				free.remove(booking.start());
				winners.add(new Winner(application.member(), booking.id(), booking.start()));
			});
			if (won.isEmpty()) {
				notChosen.add(application.member());
			}
			entries.add(new DrawEntry(entries.size() + 1, application.ticket(), priorities.get(application.member()),
					keys.get(application.ticket()), outcome, won.map(Booking::start), won.map(Booking::id)));
			members.add(application.member().value());
			bookingIds.add(won.map(booking -> booking.id().value()).orElse(null));
		}
		this.rounds.insertEntries(round.id(), entries, members, bookingIds);
		this.holds.release(round.id().value(), round.host());
		this.rounds.settle(round.id(), by, this.clock.instant());
		this.events.publishEvent(new RoundSettled(round.id(), round.host(), by, winners, notChosen));
	}

	/**
	 * One applicant's turn: their ranked times still free, best first (or every free
	 * time, soonest first), until one books; another session at a time moves on to their
	 * next, any other refusal ends the turn.
	 */
	private Turn book(Round round, Application application, List<Instant> free) {
		List<Instant> choices = application.anyTime() ? free.stream().sorted().toList()
				: application.ranked().stream().filter(free::contains).toList();
		if (choices.isEmpty()) {
			return new Turn(Outcome.NOT_CHOSEN, Optional.empty());
		}
		for (Instant start : choices) {
			BookingOutcome outcome = this.bookings.bookHeld(round.id().value(), application.member(),
					new BookingRequest(round.offering(), start,
							application.topics().stream().map(TopicSlug::value).toList(), application.answer(),
							application.id().value()));
			if (outcome instanceof Booked booked) {
				return new Turn(Outcome.WON, Optional.of(booked.booking()));
			}
			if (outcome instanceof AlreadyBooked booked) {
				return new Turn(Outcome.WON, Optional.of(booked.booking()));
			}
			if (outcome instanceof Refused refused && refused.reason() != Refusal.ATTENDEE_BUSY) {
				return new Turn(Outcome.SKIPPED, Optional.empty());
			}
		}
		return new Turn(Outcome.SKIPPED, Optional.empty());
	}

	private record Turn(Outcome outcome, Optional<Booking> booking) {
	}

}
