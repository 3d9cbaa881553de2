package id.ngupi.web.moderation;

import java.util.Optional;
import java.util.UUID;

import id.ngupi.booking.BookingQueries;
import id.ngupi.feedback.FeedbackModeration;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.moderation.Target;
import id.ngupi.moderation.TargetKind;
import id.ngupi.web.time.TimeFormat;

import org.springframework.stereotype.Component;

/**
 * What a report link names, read from its parameters, and what the report form says it is
 * about, in plain words: "Profil @sari", "Sesi dengan @budi, Kam 7 Jan 19.00 WIB". A link
 * that names nothing (an unknown kind, an id that is no UUID, feedback without its
 * author) is no target at all.
 */
@Component
class ReportTargets {

	private final Accounts accounts;

	private final BookingQueries bookings;

	private final FeedbackModeration feedback;

	ReportTargets(Accounts accounts, BookingQueries bookings, FeedbackModeration feedback) {
		this.accounts = accounts;
		this.bookings = bookings;
		this.feedback = feedback;
	}

	/** The target a report link names; empty for anything malformed. */
	static Optional<Target> parse(String kind, String id, String author) {
		Optional<TargetKind> known = TargetKind.ofCode(kind);
		Optional<UUID> uuid = uuid(id);
		if (known.isEmpty() || uuid.isEmpty()) {
			return Optional.empty();
		}
		boolean feedback = known.get() == TargetKind.FEEDBACK;
		boolean authored = author != null && !author.isEmpty();
		if (feedback != authored) {
			return Optional.empty();
		}
		if (!feedback) {
			return Optional.of(new Target(known.get(), uuid.get(), null));
		}
		return uuid(author).map(value -> new Target(TargetKind.FEEDBACK, uuid.get(), new AccountId(value)));
	}

	/**
	 * What the member reports, as the form names it. Asked only once the moderation
	 * module said the viewer can see it.
	 */
	Phrase describe(Target target, AccountId subject, Account viewer, TimeFormat times) {
		return switch (target.kind()) {
			case PROFILE -> Phrase.of("moderation.what.profile", handle(subject));
			case HOST_PAGE -> Phrase.of("moderation.what.hostPage", handle(subject));
			case FEEDBACK -> this.feedback.find(target.booking(), target.author())
				.map(written -> written.subject().equals(viewer.id())
						? Phrase.of("moderation.what.feedback.own", name(target.author()))
						: Phrase.of("moderation.what.feedback", name(target.author()), handle(written.subject())))
				.orElseGet(() -> Phrase.of("moderation.what.feedback.some", name(target.author())));
			case SESSION -> this.bookings.find(viewer.id(), target.booking())
				.map(booking -> Phrase.of("moderation.what.session", handle(subject), times.dateTime(booking.start())))
				.orElseGet(() -> Phrase.of("moderation.what.profile", handle(subject)));
		};
	}

	private String handle(AccountId account) {
		return this.accounts.find(account).map(found -> found.handle().value()).orElse("?");
	}

	private String name(AccountId account) {
		return this.accounts.find(account).map(Account::displayName).orElse("?");
	}

	static Optional<UUID> uuid(String text) {
		if (text == null || text.length() != 36) {
			return Optional.empty();
		}
		try {
			UUID value = UUID.fromString(text);
			return value.toString().equalsIgnoreCase(text) ? Optional.of(value) : Optional.empty();
		}
		catch (IllegalArgumentException notOne) {
			return Optional.empty();
		}
	}

}
