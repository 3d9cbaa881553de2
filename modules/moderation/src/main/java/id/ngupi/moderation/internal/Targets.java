package id.ngupi.moderation.internal;

import java.util.Optional;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingQueries;
import id.ngupi.feedback.FeedbackModeration;
import id.ngupi.feedback.ReportedFeedback;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.moderation.ReportedContent;
import id.ngupi.moderation.Target;

import org.springframework.stereotype.Component;

/**
 * What can be reported, seen through the modules that own it: who sees it, whose it is,
 * what it says, and hiding it. Each owning module keeps its own rules (who sees a
 * testimonial is feedback's call); this class only asks.
 */
@Component
public class Targets {

	private final Accounts accounts;

	private final HostDirectory hosts;

	private final Hosting hosting;

	private final BookingQueries bookings;

	private final FeedbackModeration feedback;

	Targets(Accounts accounts, HostDirectory hosts, Hosting hosting, BookingQueries bookings,
			FeedbackModeration feedback) {
		this.accounts = accounts;
		this.hosts = hosts;
		this.hosting = hosting;
		this.bookings = bookings;
		this.feedback = feedback;
	}

	/**
	 * Whose conduct or words the target is, when the viewer can see it today; empty when
	 * they cannot (or it does not exist), which is all a stranger learns.
	 */
	public Optional<AccountId> subjectSeenBy(AccountId viewer, Target target) {
		return switch (target.kind()) {
			case PROFILE ->
				this.accounts.find(target.account()).filter(account -> !account.suspended()).map(Account::id);
			case HOST_PAGE ->
				this.hosts.find(target.account()).filter(host -> !host.hiddenFromVisitors()).map(HostProfile::account);
			case FEEDBACK -> this.feedback.visibleTo(viewer, target.booking(), target.author())
					? Optional.of(target.author()) : Optional.empty();
			case SESSION -> this.bookings.find(viewer, target.booking()).map(booking -> other(booking, viewer));
		};
	}

	/** The content as an admin sees it next to the report. */
	public ReportedContent content(Target target, AccountId subject) {
		Optional<? extends ReportedContent> content = switch (target.kind()) {
			case PROFILE -> this.accounts.find(target.account()).map(ReportedContent.Profile::new);
			case HOST_PAGE -> this.hosts.find(target.account()).map(ReportedContent.HostPage::new);
			case FEEDBACK -> this.feedback.find(target.booking(), target.author()).map(ReportedContent.Feedback::new);
			case SESSION -> this.bookings.find(subject, target.booking()).map(ReportedContent.Session::new);
		};
		return content.map(ReportedContent.class::cast).orElseGet(ReportedContent.Gone::new);
	}

	/** Whether a moderator hid the content (and it is still hidden). */
	public boolean hidden(Target target) {
		return switch (target.kind()) {
			case HOST_PAGE -> this.hosts.find(target.account()).map(HostProfile::hidden).orElse(false);
			case FEEDBACK ->
				this.feedback.find(target.booking(), target.author()).map(found -> found.hidden()).orElse(false);
			case PROFILE, SESSION -> false;
		};
	}

	/** Hides hideable content; false when there was nothing to hide. */
	public boolean hide(Target target) {
		return switch (target.kind()) {
			case HOST_PAGE -> this.hosting.hide(target.account());
			case FEEDBACK -> this.feedback.hide(target.booking(), target.author());
			case PROFILE, SESSION -> false;
		};
	}

	/** Shows hidden content again; false when it was not hidden. */
	public boolean unhide(Target target) {
		return switch (target.kind()) {
			case HOST_PAGE -> this.hosting.unhide(target.account());
			case FEEDBACK -> this.feedback.show(target.booking(), target.author());
			case PROFILE, SESSION -> false;
		};
	}

	/** The member's host profile, if they host. */
	public Optional<HostProfile> host(AccountId member) {
		return this.hosts.find(member);
	}

	/** Feedback as a moderator sees it, if it exists. */
	public Optional<ReportedFeedback> feedback(Target feedback) {
		return this.feedback.find(feedback.booking(), feedback.author());
	}

	private static AccountId other(Booking booking, AccountId viewer) {
		return booking.host().equals(viewer) ? booking.attendee() : booking.host();
	}

}
