package id.ngupi.web.notifications;

import java.util.List;

import id.ngupi.web.support.Notice;

/**
 * What the inbox page shows.
 *
 * @param items the newest notifications first
 * @param unread how many of them are unread
 * @param mail whether and how they are also mailed
 * @param notice what the last action did, if anything
 */
public record InboxPage(List<Item> items, int unread, MailState mail, Notice notice) {

	/**
	 * One notification.
	 *
	 * @param id its id, for marking it read
	 * @param title what happened
	 * @param text the line that says more
	 * @param link the page it is about
	 * @param when when it happened, in the viewer's zone
	 * @param datetime the same as an ISO instant, for {@code <time>}
	 * @param read whether it was marked read
	 */
	public record Item(String id, String title, String text, String link, String when, String datetime, boolean read) {
	}

	/**
	 * Whether the member's notifications also reach them by mail.
	 *
	 * @param verified whether they have a verified address
	 * @param address that address, if any
	 * @param refusal why a mail server refused it for good, or {@code null}
	 */
	public record MailState(boolean verified, String address, String refusal) {

		/** Whether to ask the member to verify (or replace) an address. */
		public boolean needsAddress() {
			return !this.verified || this.refusal != null;
		}

	}

}
