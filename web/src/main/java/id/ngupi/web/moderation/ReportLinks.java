package id.ngupi.web.moderation;

import id.ngupi.identity.AccountId;
import id.ngupi.moderation.Target;
import id.ngupi.moderation.TargetKind;
import id.ngupi.web.support.Links;

/**
 * The links to the report form for each thing a member can report, built from the paths
 * {@link Links} names, so that templates never put one together by hand.
 */
public final class ReportLinks {

	private ReportLinks() {
	}

	/** Reporting a member's profile. */
	public static String profile(AccountId member) {
		return of(Target.profile(member));
	}

	/** Reporting a host's page. */
	public static String hostPage(AccountId host) {
		return of(Target.hostPage(host));
	}

	/**
	 * Reporting one side's feedback on a session: the booking and the feedback's author.
	 */
	public static String feedback(Object booking, AccountId author) {
		return Links.reportForm(TargetKind.FEEDBACK.code(), booking, author.value());
	}

	/** Reporting a session and the other side's conduct in it. */
	public static String session(Object booking) {
		return Links.reportForm(TargetKind.SESSION.code(), booking, null);
	}

	public static String of(Target target) {
		return Links.reportForm(target.kind().code(), target.id(),
				(target.author() != null) ? target.author().value() : null);
	}

}
