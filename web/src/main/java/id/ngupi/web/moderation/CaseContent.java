package id.ngupi.web.moderation;

import java.util.List;

/**
 * What was reported, as it is now, in its context; exactly one part is set, or none when
 * it is gone. Every text is the members' own, escaped by the template.
 *
 * @param profile a profile
 * @param hostPage a host's page
 * @param feedback one side's feedback
 * @param session a session
 */
public record CaseContent(Profile profile, HostPage hostPage, Feedback feedback, Session session) {

	/** Whether what was reported no longer exists. */
	public boolean gone() {
		return this.profile == null && this.hostPage == null && this.feedback == null && this.session == null;
	}

	/**
	 * A member's profile.
	 *
	 * @param name their name
	 * @param handle their handle
	 * @param bio their bio (may be empty)
	 * @param links their links, as text
	 */
	public record Profile(String name, String handle, String bio, List<String> links) {

		public Profile {
			links = List.copyOf(links);
		}

	}

	/**
	 * A host's page.
	 *
	 * @param handle the host's handle
	 * @param headline their headline
	 * @param about what they wrote about their hosting
	 * @param topics their topics, named in the admin's language
	 * @param hidden whether a moderator hid it
	 */
	public record HostPage(String handle, String headline, String about, List<String> topics, boolean hidden) {

		public HostPage {
			topics = List.copyOf(topics);
		}

	}

	/**
	 * One side's feedback on a session.
	 *
	 * @param authorHandle who wrote it, or {@code null} when the account is gone
	 * @param subjectHandle about whom, or {@code null}
	 * @param roleKey the author's side
	 * @param rating the rating
	 * @param wentWell what went well
	 * @param learned what they learned
	 * @param privateMessage the message only the other side reads
	 * @param publicConsent whether the author allowed it on the host's page
	 * @param revealed whether the other side can read it yet
	 * @param hidden whether a moderator hid it
	 * @param writtenAt when it was written, in the admin's zone
	 */
	public record Feedback(String authorHandle, String subjectHandle, String roleKey, int rating, String wentWell,
			String learned, String privateMessage, boolean publicConsent, boolean revealed, boolean hidden,
			String writtenAt) {
	}

	/**
	 * A session.
	 *
	 * @param hostHandle the host, or {@code null} when the account is gone
	 * @param attendeeHandle the attendee, or {@code null}
	 * @param time when, in the admin's zone
	 * @param topics the topics picked, named in the admin's language
	 * @param answer the attendee's answer to the offering's question
	 * @param hostMessage what the host wrote when answering, or {@code null}
	 * @param statusKey where it stands
	 */
	public record Session(String hostHandle, String attendeeHandle, String time, List<String> topics, String answer,
			String hostMessage, String statusKey) {

		public Session {
			topics = List.copyOf(topics);
		}

	}

}
