package id.ngupi.hosting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import id.ngupi.identity.AccountId;

/**
 * A host as the discovery page lists them.
 *
 * @param account the host's account
 * @param handle the host's handle
 * @param displayName the host's name
 * @param avatarUrl the host's picture, if any
 * @param headline one line on what they offer
 * @param topics their topics, in their order
 * @param languages codes of the languages they speak
 * @param timezone the zone their schedule is written in
 * @param nextCandidateAt their earliest open time, if any within their horizon (see
 * {@link OpenTimes})
 */
public record HostCard(AccountId account, String handle, String displayName, String avatarUrl, String headline,
		List<Topic> topics, List<String> languages, ZoneId timezone, Instant nextCandidateAt) {

	public HostCard {
		topics = List.copyOf(topics);
		languages = List.copyOf(languages);
	}

}
