package id.ngupi.hosting;

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
 * @param nextOpen their earliest open time and its session type, or {@code null} when
 * none is within their horizons (see {@link OpenTimes})
 */
public record HostCard(AccountId account, String handle, String displayName, String avatarUrl, String headline,
		List<Topic> topics, List<String> languages, ZoneId timezone, NextOpenTime nextOpen) {

	public HostCard {
		topics = List.copyOf(topics);
		languages = List.copyOf(languages);
	}

}
