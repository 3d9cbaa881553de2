package id.ngupi.web.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import id.ngupi.identity.Account;
import id.ngupi.identity.Provider;
import id.ngupi.web.support.FormErrors;
import id.ngupi.web.support.Notice;

/**
 * What the account settings page shows: the linked identities with their times in the
 * member's own timezone, the providers that can still be linked, a notice about what just
 * happened, and the deletion form.
 *
 * @param handle the member's handle, which they type to confirm deletion
 * @param timezone the member's timezone, as shown next to the times
 * @param identities the linked identities, oldest first
 * @param canUnlink whether an identity may be unlinked (never the last way to log in)
 * @param linkable the configured providers not linked yet
 * @param notice what just happened, or {@code null}
 * @param deletionErrors why the deletion form was refused
 */
public record AccountSettingsPage(String handle, String timezone, List<Identity> identities, boolean canUnlink,
		List<Provider> linkable, Notice notice, FormErrors deletionErrors) {

	static AccountSettingsPage of(Account account, List<Provider> configured, Notice notice, FormErrors deletionErrors,
			Locale locale) {
		DateTimeFormatter format = new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.appendLiteral(' ')
			.appendZoneText(TextStyle.SHORT)
			.toFormatter(locale)
			.withZone(account.timezone());
		List<Identity> identities = account.identities()
			.stream()
			.map(identity -> new Identity(identity.provider(), identity.username(),
					Time.of(identity.linkedAt(), format), Time.of(identity.lastLoginAt(), format)))
			.toList();
		List<Provider> linkable = configured.stream().filter(provider -> !account.hasLinked(provider)).toList();
		return new AccountSettingsPage(account.handle().value(), zoneName(account.timezone(), locale), identities,
				account.canUnlink(), linkable, notice, deletionErrors);
	}

	private static String zoneName(ZoneId zone, Locale locale) {
		String name = zone.getDisplayName(TextStyle.SHORT, locale);
		return name.equals(zone.getId()) ? name : zone.getId() + " (" + name + ")";
	}

	/**
	 * One linked identity.
	 *
	 * @param provider the provider
	 * @param username the username at the provider when last seen
	 * @param linkedAt when it was linked
	 * @param lastLogin when it was last used to log in, or {@code null} if never
	 */
	public record Identity(Provider provider, String username, Time linkedAt, Time lastLogin) {
	}

	/**
	 * A moment, for {@code <time>}: machine-readable and as the member reads it.
	 *
	 * @param iso the instant in ISO-8601 (UTC)
	 * @param text the instant in the member's timezone and language
	 */
	public record Time(String iso, String text) {

		static Time of(Instant instant, DateTimeFormatter format) {
			return (instant == null) ? null : new Time(instant.toString(), format.format(instant));
		}

	}

}
