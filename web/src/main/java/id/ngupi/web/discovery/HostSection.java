package id.ngupi.web.discovery;

import java.util.List;

import id.ngupi.web.layout.PageMeta;

/**
 * The hosting part of a member's page, when the member hosts. Every text is plain text
 * the template escapes.
 *
 * @param headline one line on what they offer
 * @param about plain text, line breaks kept
 * @param topics their topics, each linking to its page
 * @param languages the languages they speak, named in the viewer's language
 * @param paused whether they are taking a break (then no offering is shown)
 * @param offerings their active offerings with the next times
 * @param shareHref a post on X about the page, written in advance
 * @param zone the zone times are shown in, as named on the page
 * @param hostLimit for a viewer who holds as many upcoming sessions with the host as
 * allowed, what they hold (then no time links to a booking form); else {@code null}
 * @param meta what link previews show
 */
public record HostSection(String headline, String about, List<TopicLink> topics, String languages, boolean paused,
		List<OfferingSummary> offerings, String shareHref, String zone, HostLimitNotice hostLimit, PageMeta meta) {

	public boolean hasAbout() {
		return this.about != null && !this.about.isBlank();
	}

	/**
	 * Whether the host is taking bookings but has no open time within any offering's
	 * horizon: then members may wait for them.
	 */
	public boolean fullyBooked() {
		return !this.paused && this.offerings.stream().allMatch(offering -> offering.days().isEmpty());
	}

}
