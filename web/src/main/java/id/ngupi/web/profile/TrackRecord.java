package id.ngupi.web.profile;

import java.util.List;

/**
 * What a member's page shows of what really happened: their sessions, how their attendees
 * rated them and what those allowed to be quoted, what the member chose to share of what
 * they learned, and the accounts they log in with. Every text is the members' own,
 * escaped by the template.
 *
 * @param sessionsHeld sessions they hosted that took place
 * @param peopleMet different people met in those
 * @param sessionsAttended sessions they attended that took place
 * @param answerHours about how many hours they usually take to approve a request, or
 * {@code 0} when there are too few approvals to say
 * @param ratings how many attendees rated them
 * @param average their average rating in the viewer's language, or {@code null} below
 * three ratings
 * @param testimonials what attendees allowed to be shown, newest first
 * @param insights what the member learned and chose to show, newest first
 * @param identities the GitHub / X accounts they log in with
 */
public record TrackRecord(int sessionsHeld, int peopleMet, int sessionsAttended, long answerHours, int ratings,
		String average, List<Quote> testimonials, List<Quote> insights, List<Identity> identities) {

	/** Whether any session took place yet. */
	public boolean hasSessions() {
		return this.sessionsHeld > 0 || this.sessionsAttended > 0;
	}

	/**
	 * Words from feedback, with what the session was about.
	 *
	 * @param authorName who wrote it (a testimonial's attendee; a deleted account is
	 * named as a former member), or {@code null} for the member's own insight
	 * @param authorHref their page, or {@code null}
	 * @param roleKey for an insight, the side the member took ({@code insight.asHost} /
	 * {@code insight.asAttendee}); else {@code null}
	 * @param rating a testimonial's rating, or {@code 0}
	 * @param wentWell what went well (may be empty)
	 * @param learned what was learned (may be empty)
	 * @param topics the session's topics, named in the viewer's language
	 * @param month when it took place, no closer than its month
	 * @param authorHandle who wrote it, for a testimonial whose author is still a member;
	 * else {@code null}
	 * @param reportHref the form reporting these words to the moderators
	 */
	public record Quote(String authorName, String authorHref, String roleKey, int rating, String wentWell,
			String learned, List<String> topics, String month, String authorHandle, String reportHref) {

		/**
		 * Whether the viewer may report these words: anyone but their author (an
		 * insight's author is the page's member, whose own page shows no such link).
		 * @param viewer the logged-in viewer's handle, or {@code null} for a visitor
		 */
		public boolean reportableBy(String viewer) {
			return viewer == null || this.authorHandle == null || !this.authorHandle.equalsIgnoreCase(viewer);
		}

	}

	/**
	 * An account at GitHub or X the member logs in with.
	 *
	 * @param provider its name
	 * @param username the username there
	 * @param href the profile there
	 */
	public record Identity(String provider, String username, String href) {
	}

}
