package id.ngupi.hosting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import id.ngupi.identity.AccountId;

/**
 * A host as the platform shows them: their public profile (kept in step with identity),
 * what they wrote about their hosting, and whether they are taking sessions.
 *
 * @param account the host's account
 * @param handle the host's handle
 * @param displayName the host's name
 * @param avatarUrl the host's picture, if any
 * @param headline one line on what they offer
 * @param about plain text, line breaks kept
 * @param topics their topics, in their order
 * @param languages codes of the languages they speak
 * @param meetingUrl the default meeting link, if set; never shown to visitors
 * @param timezone the zone their schedule is written in
 * @param paused whether they paused hosting
 * @param accountSuspended whether identity suspended the account
 * @param hidden whether a moderator hid the host's page
 * @param nextCandidateAt their earliest open time, if any within their horizon (see
 * {@link OpenTimes})
 * @param meetingRooms whether every session meets in a room of its own, made for it,
 * where no link of the session's offering says otherwise
 */
public record HostProfile(AccountId account, String handle, String displayName, String avatarUrl, String headline,
		String about, List<Topic> topics, List<String> languages, String meetingUrl, ZoneId timezone, boolean paused,
		boolean accountSuspended, boolean hidden, Instant nextCandidateAt, boolean meetingRooms) {

	public HostProfile {
		topics = List.copyOf(topics);
		languages = List.copyOf(languages);
	}

	/**
	 * Whether the host's pages are gone for everyone but the host: the account is
	 * suspended, or a moderator hid the page. Pausing is not hiding: a paused host's page
	 * stays and says so.
	 */
	public boolean hiddenFromVisitors() {
		return this.accountSuspended || this.hidden;
	}

	/** Whether visitors can find and book the host: neither paused nor hidden. */
	public boolean listed() {
		return !this.paused && !hiddenFromVisitors();
	}

	/** The profile as a form starts from it. */
	public HostProfileChange asChange() {
		return new HostProfileChange(this.headline, this.about,
				this.topics.stream().map(topic -> topic.slug().value()).toList(), this.languages, this.meetingUrl,
				this.timezone.getId());
	}

}
