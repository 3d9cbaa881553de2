package id.ngupi.moderation;

import java.util.Objects;
import java.util.UUID;

import id.ngupi.booking.BookingId;
import id.ngupi.identity.AccountId;

/**
 * What is reported: an account (profile, host page), a booking (session), or one side's
 * feedback on a booking (the booking and the feedback's author).
 *
 * @param kind what it is
 * @param id the account or the booking
 * @param author the feedback's author; {@code null} for every other kind
 */
public record Target(TargetKind kind, UUID id, AccountId author) {

	public Target {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(id, "id");
		if ((kind == TargetKind.FEEDBACK) != (author != null)) {
			throw new IllegalArgumentException("Feedback, and only feedback, names its author: " + kind);
		}
	}

	public static Target profile(AccountId member) {
		return new Target(TargetKind.PROFILE, member.value(), null);
	}

	public static Target hostPage(AccountId host) {
		return new Target(TargetKind.HOST_PAGE, host.value(), null);
	}

	public static Target feedback(BookingId booking, AccountId author) {
		return new Target(TargetKind.FEEDBACK, booking.value(), author);
	}

	public static Target session(BookingId booking) {
		return new Target(TargetKind.SESSION, booking.value(), null);
	}

	/** The account, for a profile or a host page. */
	public AccountId account() {
		return new AccountId(this.id);
	}

	/** The booking, for feedback or a session. */
	public BookingId booking() {
		return new BookingId(this.id);
	}

}
