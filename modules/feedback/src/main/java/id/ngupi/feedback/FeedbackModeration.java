package id.ngupi.feedback;

import java.time.Clock;
import java.util.Optional;

import id.ngupi.booking.BookingId;
import id.ngupi.feedback.internal.FeedbackStore;
import id.ngupi.feedback.internal.FeedbackStore.Request;
import id.ngupi.feedback.internal.NoShowStore;
import id.ngupi.identity.AccountId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderation does with feedback: reads an entry whole, tells whether a member could
 * have read it (and so may report it), and hides it from everyone but its author, or
 * shows it again. A hidden entry leaves the host's ratings, the testimonials and
 * insights, and what its subject reads and exports; its author keeps it in their own
 * export. An entry is named by its session and its author: each side writes at most one.
 */
@Service
public class FeedbackModeration {

	private final FeedbackStore store;

	private final NoShowStore noShows;

	private final Clock clock;

	FeedbackModeration(FeedbackStore store, NoShowStore noShows, Clock clock) {
		this.store = store;
		this.noShows = noShows;
		this.clock = clock;
	}

	/** The entry as a moderator sees it; empty when the author wrote none. */
	@Transactional(readOnly = true)
	public Optional<ReportedFeedback> find(BookingId booking, AccountId author) {
		return this.store.request(author, booking)
			.flatMap(request -> this.store.entry(booking, author, request.role())
				.map(written -> reported(request, written)));
	}

	/**
	 * Whether the viewer can read the entry anywhere today, so may report it: anyone can
	 * while it is a testimonial or a public insight, its subject once it is revealed to
	 * them. Never its author (reporting one's own words makes no sense), and nobody while
	 * it is hidden or for an entry that does not exist.
	 */
	@Transactional(readOnly = true)
	public boolean visibleTo(AccountId viewer, BookingId booking, AccountId author) {
		if (viewer.equals(author)) {
			return false;
		}
		return find(booking, author).filter(entry -> !entry.hidden())
			.filter(entry -> entry.shownPublicly() || (entry.revealed() && entry.subject().equals(viewer)))
			.isPresent();
	}

	/**
	 * Hides the entry from everyone but its author.
	 * @return whether it changed anything: false when there is no such entry or it was
	 * hidden already
	 */
	@Transactional
	public boolean hide(BookingId booking, AccountId author) {
		return this.store.hide(booking, author, this.clock.instant());
	}

	/**
	 * Shows a hidden entry again, where it was shown before.
	 * @return whether it changed anything: false when there is no such entry or it was
	 * not hidden
	 */
	@Transactional
	public boolean show(BookingId booking, AccountId author) {
		return this.store.show(booking, author);
	}

	private ReportedFeedback reported(Request request, WrittenFeedback written) {
		boolean revealed = FeedbackStore.shown(this.store.revealed(request.booking()),
				this.noShows.find(request.booking()).isPresent(), request.closesAt(), this.clock.instant(), true);
		FeedbackForm form = written.form();
		return new ReportedFeedback(request.booking(), request.author(), request.subject(), request.role(),
				form.rating(), form.wentWell(), form.learned(), form.privateMessage(), form.publicConsent(),
				form.learnedPublic(), revealed, written.hidden(), written.writtenAt());
	}

}
