package id.ngupi.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a member may change on their profile. The same constraints are checked by the form
 * and again by {@link Accounts#updateProfile}; the database's CHECK constraints are the
 * last line.
 *
 * @param handle the public handle, unique whatever its case
 * @param displayName the name shown to others
 * @param bio a short plain-text introduction
 * @param timezone an IANA timezone id
 * @param language {@code id} or {@code en}
 * @param website a personal site ({@code https})
 * @param github a GitHub profile ({@code https://github.com/...})
 * @param twitter a Twitter/X profile ({@code https://x.com/...} or twitter.com)
 * @param linkedin a LinkedIn profile ({@code https://www.linkedin.com/...})
 */
public record ProfileChange(@ValidHandle String handle,
		@NotBlank(message = "{validation.displayName.required}") @Pattern(regexp = VISIBLE,
				message = "{validation.displayName.required}") @Size(max = DISPLAY_NAME_MAX,
						message = "{validation.displayName.size}") @Pattern(regexp = NO_CONTROL_CHARACTERS,
								message = "{validation.plainText}") String displayName,
		@Size(max = BIO_MAX, message = "{validation.bio.size}") @Pattern(
				regexp = NO_CONTROL_CHARACTERS_BUT_LINE_BREAKS, message = "{validation.plainText}") String bio,
		@TimeZoneId String timezone,
		@NotBlank(message = "{validation.language}") @Pattern(regexp = "id|en",
				message = "{validation.language}") String language,
		@Size(max = URL_MAX, message = "{validation.url.size}") @HttpsUrl String website,
		@Size(max = URL_MAX, message = "{validation.url.size}") @HttpsUrl(hosts = "github.com",
				message = "{validation.githubUrl}") String github,
		@Size(max = URL_MAX, message = "{validation.url.size}") @HttpsUrl(hosts = {
				"x.com", "twitter.com" }, message = "{validation.twitterUrl}") String twitter,
		@Size(max = URL_MAX, message = "{validation.url.size}") @HttpsUrl(hosts = "linkedin.com",
				message = "{validation.linkedinUrl}") String linkedin){

	/**
	 * Text without control characters: PostgreSQL refuses NUL in text outright, and the
	 * others have no business in a name.
	 */
	/** The longest display name (the database checks the same). */
	public static final int DISPLAY_NAME_MAX = 60;

	/** The longest bio (the database checks the same). */
	public static final int BIO_MAX = 500;

	/** The longest link (the database checks the same). */
	public static final int URL_MAX = 200;

	static final String NO_CONTROL_CHARACTERS = "[^\\p{Cc}]*";

	/** At least one character that is not white space of any script (U+3000 included). */
	static final String VISIBLE = "(?sU).*\\S.*";

	/** Text whose only control characters are line breaks and tabs. */
	static final String NO_CONTROL_CHARACTERS_BUT_LINE_BREAKS = TextRules.MULTI_LINE;

	/**
	 * The change with surrounding blanks removed and empty optional fields made absent.
	 */
	public ProfileChange normalised() {
		return new ProfileChange(trim(this.handle), trim(this.displayName), this.bio == null ? "" : this.bio.strip(),
				trim(this.timezone), trim(this.language), linkOrNull(this.website), linkOrNull(this.github),
				linkOrNull(this.twitter), linkOrNull(this.linkedin));
	}

	public static ProfileChange of(Account account) {
		ProfileLinks links = account.links();
		return new ProfileChange(account.handle().value(), account.displayName(), account.bio(),
				account.timezone().getId(), account.language(), links.website(), links.github(), links.twitter(),
				links.linkedin());
	}

	private static String trim(String value) {
		return value == null ? null : value.strip();
	}

	/**
	 * A link without surrounding blanks and with its scheme in lower case, or
	 * {@code null}.
	 */
	private static String linkOrNull(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String link = value.strip();
		// the scheme is case-insensitive; stored (and checked by the database) in lower
		// case
		return link.regionMatches(true, 0, "https://", 0, 8) ? "https://" + link.substring(8) : link;
	}

}
