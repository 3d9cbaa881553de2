package id.ngupi.notifications.internal;

import id.ngupi.identity.AccountEvents.AccountRestored;
import id.ngupi.moderation.ModerationEvents.ContentHidden;
import id.ngupi.moderation.ModerationEvents.ContentShown;
import id.ngupi.moderation.ModerationEvents.MemberWarned;
import id.ngupi.moderation.ModerationEvents.ReportClosed;
import id.ngupi.moderation.ModerationEvents.ReportResolved;
import id.ngupi.moderation.Target;
import id.ngupi.moderation.TargetKind;
import id.ngupi.notifications.NotificationKind;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells members what a moderator did about them, in their language: a warning with its
 * reason, their host page or feedback hidden (with the reason) or shown again, and a
 * reporter that their report was answered (whether it was acted on, never what was done
 * to whom). A suspended member is told nothing here: they cannot sign in, and the sign-in
 * page shows them the reason. Each is told once per audit entry or report, however often
 * the event is handled.
 */
@Component
class ModerationNotices {

	private final Notifier notifier;

	ModerationNotices(Notifier notifier) {
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(MemberWarned event) {
		this.notifier.tell(event.member(), NotificationKind.MODERATION_WARNING, eventId(event.entry()),
				Details.moderation(event.kind().code(), null, event.reason()));
	}

	@ApplicationModuleListener
	void on(ContentHidden event) {
		this.notifier.tell(event.owner(), NotificationKind.CONTENT_HIDDEN, eventId(event.entry()),
				Details.moderation(event.target().kind().code(), booking(event.target()), event.reason()));
	}

	@ApplicationModuleListener
	void on(ContentShown event) {
		this.notifier.tell(event.owner(), NotificationKind.CONTENT_SHOWN, eventId(event.entry()),
				Details.moderation(event.target().kind().code(), booking(event.target()), null));
	}

	/**
	 * A report closed because what it was about is gone: the same kind, its own words.
	 */
	@ApplicationModuleListener
	void on(ReportClosed event) {
		this.notifier.tell(event.reporter(), NotificationKind.REPORT_RESOLVED, "report:" + event.report(),
				Details.reportClosed());
	}

	@ApplicationModuleListener
	void on(ReportResolved event) {
		this.notifier.tell(event.reporter(), NotificationKind.REPORT_RESOLVED, "report:" + event.report(),
				Details.reportResolved(event.actioned()));
	}

	/**
	 * A member whose account a moderator restored hears it with the reason: while it was
	 * suspended they could only read that reason on the sign-in page.
	 */
	@ApplicationModuleListener
	void on(AccountRestored event) {
		this.notifier.tell(event.account(), NotificationKind.ACCOUNT_RESTORED,
				"restored:" + event.account() + ":" + event.restoredAt(),
				Details.moderation("profile", null, event.reason()));
	}

	/** The session, for feedback (whose page the member is sent to). */
	private static String booking(Target target) {
		return (target.kind() == TargetKind.FEEDBACK || target.kind() == TargetKind.SESSION)
				? target.booking().toString() : null;
	}

	/** The idempotency key's event part: one audit entry is one thing a moderator did. */
	static String eventId(long entry) {
		return "moderation:" + entry;
	}

}
