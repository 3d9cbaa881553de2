package id.ngupi.web.calendar;

import id.ngupi.web.support.Notice;

/**
 * What the calendar feed settings show.
 *
 * @param active whether the member has a feed
 * @param since when its current URL was made, as the member reads times, or {@code null}
 * @param freshUrl the feed's full URL right after it was made: shown this once, never
 * again (only its hash is kept), or {@code null}
 * @param notice what the last action did, if anything is to be said
 */
public record CalendarSettingsPage(boolean active, String since, String freshUrl, Notice notice) {
}
