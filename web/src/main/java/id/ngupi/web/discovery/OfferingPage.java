package id.ngupi.web.discovery;

import id.ngupi.web.layout.PageMeta;

/**
 * The page of one offering: all its times within the booking horizon.
 *
 * @param handle the host's handle
 * @param displayName the host's name
 * @param avatarUrl the host's picture, or {@code null}
 * @param initial shown when there is no picture
 * @param headline the host's headline
 * @param profileHref the host's page
 * @param offering the offering with its times
 * @param paused whether the host is taking a break (then no time is shown)
 * @param bookable whether it can be booked at all: it has somewhere to meet (else no time
 * is shown)
 * @param settingsHref where its host adds what it lacks, for the host's own eyes
 * @param own whether the viewer is the host
 * @param zone the zone times are shown in, as named on the page
 * @param truncated whether there are more times than the page lists
 * @param hostLimit for a viewer who holds as many upcoming sessions with the host as
 * allowed, what they hold (then no time links to a booking form); else {@code null}
 * @param meta what link previews show
 */
public record OfferingPage(String handle, String displayName, String avatarUrl, String initial, String headline,
		String profileHref, OfferingSummary offering, boolean paused, boolean bookable, String settingsHref,
		boolean own, String zone, boolean truncated, HostLimitNotice hostLimit, PageMeta meta) {

}
