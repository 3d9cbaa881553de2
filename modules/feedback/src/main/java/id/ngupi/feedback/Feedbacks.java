package id.ngupi.feedback;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import id.ngupi.booking.BookingId;
import id.ngupi.feedback.FeedbackEvents.FeedbackRevealed;
import id.ngupi.feedback.internal.FeedbackStore;
import id.ngupi.feedback.internal.FeedbackStore.Request;
import id.ngupi.feedback.internal.NoShowStore;
import id.ngupi.identity.AccountId;
import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Two-way feedback after every session. Both sides are asked once it ended; each writes
 * blind: neither sees the other's until both wrote or the window ({@link #WINDOW} after
 * the session) closed, and until then one's own can be changed. Afterwards all of it is
 * frozen. Every method takes the acting member, and a session is found only for its two
 * sides.
 */
@Service
@Validated
public class Feedbacks {

	/** How long after a session its feedback can be written. */
	public static final Duration WINDOW = Duration.ofDays(14);

	private final FeedbackStore store;

	private final NoShowStore noShows;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Feedbacks(FeedbackStore store, NoShowStore noShows, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.noShows = noShows;
		this.events = events;
		this.clock = clock;
	}

	/** The session's feedback as the viewer sees it; empty unless they were asked. */
	@Transactional(readOnly = true)
	public Optional<SessionFeedback> of(AccountId viewer, BookingId booking) {
		return this.store.request(viewer, booking).map(request -> view(request));
	}

	/** The sessions whose feedback the member can still write, soonest closing first. */
	@Transactional(readOnly = true)
	public List<SessionFeedback> awaiting(AccountId member) {
		return this.store.awaiting(member, this.clock.instant()).stream().map(this::view).toList();
	}

	/**
	 * Writes or changes the author's feedback on a session. Both sides' requests are
	 * locked first, so two writes at once reveal exactly once.
	 */
	@Transactional
	public WriteOutcome write(AccountId author, BookingId booking, @Valid FeedbackForm form) {
		List<Request> both = this.store.lockBoth(booking);
		Optional<Request> own = both.stream().filter(request -> request.author().equals(author)).findFirst();
		if (own.isEmpty()) {
			return WriteOutcome.NOT_ASKED;
		}
		if (this.noShows.find(booking).isPresent()) {
			return WriteOutcome.NO_SHOW;
		}
		if (this.store.revealed(booking) || !own.get().closesAt().isAfter(this.clock.instant())) {
			return WriteOutcome.FROZEN;
		}
		FeedbackForm kept = (own.get().role() == FeedbackRole.HOST) ? new FeedbackForm(form.rating(), form.wentWell(),
				form.learned(), form.privateMessage(), false, form.learnedPublic()) : form;
		this.store.save(booking, author, kept, this.clock.instant());
		if (this.store.written(booking) < 2) {
			return WriteOutcome.SAVED;
		}
		this.store.reveal(booking, this.clock.instant());
		Request host = both.stream().filter(request -> request.role() == FeedbackRole.HOST).findFirst().orElseThrow();
		this.events.publishEvent(new FeedbackRevealed(booking, host.author(), host.subject()));
		return WriteOutcome.REVEALED;
	}

	private SessionFeedback view(Request request) {
		boolean closed = !request.closesAt().isAfter(this.clock.instant());
		WrittenFeedback own = this.store.entry(request.booking(), request.author(), request.role()).orElse(null);
		Optional<NoShowStore.Report> noShow = this.noShows.find(request.booking());
		if (noShow.isPresent()) {
			return new SessionFeedback(request.booking(), request.role(), request.closesAt(), own, null,
					SessionFeedback.State.NO_SHOW, noShow.get().seenBy(request.author()), false);
		}
		Optional<WrittenFeedback> other = this.store.entry(request.booking(), request.subject(),
				request.role().other());
		boolean revealed = FeedbackStore.shown(this.store.revealed(request.booking()), false, request.closesAt(),
				this.clock.instant(), own != null || other.isPresent());
		SessionFeedback.State state = revealed ? SessionFeedback.State.REVEALED
				: closed ? SessionFeedback.State.CLOSED : SessionFeedback.State.OPEN;
		// a moderator hid it: its subject is told so, and reads nothing of it
		boolean otherHidden = revealed && other.filter(WrittenFeedback::hidden).isPresent();
		return new SessionFeedback(request.booking(), request.role(), request.closesAt(), own,
				(revealed && !otherHidden) ? other.orElse(null) : null, state, null, otherHidden);
	}

}
