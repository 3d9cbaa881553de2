package id.ngupi.web.profile;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.HttpsUrl;
import id.ngupi.identity.ProfileLinks;
import id.ngupi.web.support.Initials;

/**
 * What a member's public page shows. Every text is plain text the template escapes; the
 * links are {@code https} URLs only (checked again here, so a bad row could never become
 * a {@code javascript:} link).
 *
 * @param handle the member's handle
 * @param displayName the member's name
 * @param avatarUrl the member's picture, or {@code null}
 * @param initial the first letter of the name, shown when there is no picture
 * @param bio the member's bio, plain text with its line breaks
 * @param links where else the member can be found
 * @param memberSince the day the account was created, in the viewer's timezone
 * @param memberSinceText that month and year in the viewer's language
 * @param own whether the viewer is the member themselves
 * @param account the member's account, for the links that report the profile or the host
 * page
 */
public record PublicProfile(String handle, String displayName, String avatarUrl, String initial, String bio,
		List<Link> links, LocalDate memberSince, String memberSinceText, boolean own, AccountId account) {

	static PublicProfile of(Account account, Account viewer, ZoneId zone, Locale locale) {
		LocalDate since = LocalDate.ofInstant(account.createdAt(), zone);
		String sinceText = DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(since);
		boolean own = viewer != null && viewer.id().equals(account.id());
		return new PublicProfile(account.handle().value(), account.displayName(), account.avatarUrl(),
				Initials.of(account.displayName()), account.bio() == null ? "" : account.bio(),
				linksOf(account.links()), since, sinceText, own, account.id());
	}

	public boolean hasBio() {
		return !this.bio.isBlank();
	}

	private static List<Link> linksOf(ProfileLinks links) {
		List<Link> shown = new ArrayList<>();
		add(shown, "profile.link.website", links.website());
		add(shown, "profile.link.github", links.github());
		add(shown, "profile.link.twitter", links.twitter());
		add(shown, "profile.link.linkedin", links.linkedin());
		return List.copyOf(shown);
	}

	private static void add(List<Link> shown, String labelKey, String url) {
		if (url != null && HttpsUrl.Validator.isHttpsUrl(url)) {
			String text = url.strip().substring("https://".length());
			shown
				.add(new Link(labelKey, url.strip(), text.endsWith("/") ? text.substring(0, text.length() - 1) : text));
		}
	}

	/**
	 * One of the member's links.
	 *
	 * @param labelKey the message naming the kind of link
	 * @param href the {@code https} URL
	 * @param text the URL as shown, without its scheme
	 */
	public record Link(String labelKey, String href, String text) {
	}

}
