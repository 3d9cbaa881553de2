package id.ngupi.web.booking;

import java.util.List;

import id.ngupi.web.discovery.HostLimitNotice;
import id.ngupi.web.discovery.Slot;
import id.ngupi.web.hosting.Choice;
import id.ngupi.web.support.FormErrors;

/**
 * The booking form of one offering at one time, as {@code pages/booking/form.jte} shows
 * it.
 *
 * @param hostName the host's name
 * @param avatarUrl the host's picture, or {@code null}
 * @param initial shown when there is no picture
 * @param headline the host's headline
 * @param profileHref the host's page
 * @param title the offering's title
 * @param offeringHref the offering's page, with all its times
 * @param action where the form is sent
 * @param time the chosen time in the viewer's zone, the host's beside it
 * @param durationMinutes how long the session lasts
 * @param needsApproval whether the host approves each booking
 * @param noticeHours the offering's minimum notice, in hours (rounded up)
 * @param question the offering's question
 * @param topics the host's topics, those picked ticked
 * @param form what was sent (or a fresh form)
 * @param errors the fields' errors
 * @param refusalKey why the booking was refused, or {@code null}
 * @param alternatives other open times to pick instead, after a refusal
 * @param own whether the viewer is the host (who cannot book themselves)
 * @param hostLimit when the viewer holds as many upcoming sessions with the host as
 * allowed, those sessions (shown instead of the form and any refusal); else {@code null}
 * @param approval why every booking of the viewer needs the host's approval for now (past
 * no-shows), or {@code null}
 */
public record BookingFormPage(String hostName, String avatarUrl, String initial, String headline, String profileHref,
		String title, String offeringHref, String action, Slot time, long durationMinutes, boolean needsApproval,
		long noticeHours, String question, List<Choice> topics, BookingForm form, FormErrors errors, String refusalKey,
		List<Slot> alternatives, boolean own, HostLimitNotice hostLimit, ApprovalNotice approval) {

	/**
	 * Why the viewer's bookings need approval for now.
	 *
	 * @param noShows how many sessions they did not come to
	 * @param withinDays within how many days
	 * @param until until when, as the viewer reads it
	 */
	public record ApprovalNotice(int noShows, long withinDays, String until) {
	}

	public String answer() {
		return (this.form.answer() != null) ? this.form.answer() : "";
	}

	public String requestKey() {
		return (this.form.requestKey() != null) ? this.form.requestKey().toString() : "";
	}

}
