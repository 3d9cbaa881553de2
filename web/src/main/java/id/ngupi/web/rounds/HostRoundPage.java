package id.ngupi.web.rounds;

import java.util.List;
import java.util.Map;

import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;

/**
 * One of the host's rounds as its host reads it: where it stands, its times and window,
 * the applications side by side, the pick while the host picks, calling it off while it
 * is not settled, and the outcome once it is.
 *
 * @param id the round
 * @param title the session type's title
 * @param phaseKey the message key of where it stands
 * @param phaseClass the badge class of where it stands
 * @param explanationKey the message key of what happens next
 * @param byHost whether the host picks (else a draw)
 * @param firstTimersOverall whether members who never had any Ngupi go first
 * @param opens when applications open, in the host's zone
 * @param closes when they close
 * @param pickBy until when the host picks, or {@code null} for a draw
 * @param times the round's times
 * @param publicHref the round's public page
 * @param shareHref a post on X about it, written in advance; {@code null} once it is not
 * taking applications any more
 * @param applicants the applications
 * @param slots how many times the round has: the most the host picks
 * @param canChoose whether the host picks now
 * @param canCancel whether the host may still call it off
 * @param outcome how it was settled, each applicant's place; empty before
 * @param cancelReason why it was called off, if it was
 * @param reason the cancel form's reason as typed
 * @param errors the errors of the pick and cancel forms
 * @param typedOrder the order typed per application, when the pick was refused
 * @param notice what the last step did, if anything is to be said
 */
public record HostRoundPage(String id, String title, String phaseKey, String phaseClass, String explanationKey,
		boolean byHost, boolean firstTimersOverall, String opens, String closes, String pickBy, List<String> times,
		String publicHref, String shareHref, List<ApplicantView> applicants, int slots, boolean canChoose,
		boolean canCancel, List<OutcomeRow> outcome, String cancelReason, String reason, FormErrors errors,
		Map<String, String> typedOrder, Notice notice) {

	public HostRoundPage {
		times = List.copyOf(times);
		applicants = List.copyOf(applicants);
		outcome = List.copyOf(outcome);
		typedOrder = Map.copyOf(typedOrder);
	}

	public String chooseAction() {
		return Links.hostingRound(this.id) + "/choose";
	}

	public String cancelAction() {
		return Links.hostingRound(this.id) + "/cancel";
	}

	/** The order typed for an application, or the host's saved pick. */
	public String order(ApplicantView applicant) {
		return this.typedOrder.getOrDefault(applicant.id(), applicant.pickedRank());
	}

	/**
	 * An application as the host reads it.
	 *
	 * @param id the application
	 * @param ticket the applicant's number in the draw
	 * @param name their display name
	 * @param handle their handle, or {@code null} when the account is gone
	 * @param profileHref their public page, or {@code null}
	 * @param avatarUrl their picture, or {@code null}
	 * @param initial the letter shown without a picture
	 * @param topics the topics' names
	 * @param answer their answer, as written
	 * @param ranked the times they can make, best first; empty for any
	 * @param withHost how many sessions they had with the host
	 * @param withAnyone how many sessions they had with anyone
	 * @param noShows the days of the sessions they confirmedly missed
	 * @param pickedRank the host's pick ({@code 1}...), or an empty text
	 * @param applied when they applied
	 */
	public record ApplicantView(String id, String ticket, String name, String handle, String profileHref,
			String avatarUrl, String initial, List<String> topics, String answer, List<String> ranked, int withHost,
			int withAnyone, List<String> noShows, String pickedRank, String applied) {

		public ApplicantView {
			topics = List.copyOf(topics);
			ranked = List.copyOf(ranked);
			noShows = List.copyOf(noShows);
		}

	}

	/**
	 * An applicant's place once the round is settled.
	 *
	 * @param position their place
	 * @param ticket their number
	 * @param name who they are, as the host sees them
	 * @param outcomeKey the message key of what became of them
	 * @param time the time they got, if they won
	 */
	public record OutcomeRow(int position, String ticket, String name, String outcomeKey, String time) {
	}

}
