package id.ngupi.identity;

/**
 * Where else a member can be found; each is an {@code https} URL or absent.
 *
 * @param website a personal site
 * @param github a GitHub profile
 * @param twitter a Twitter/X profile
 * @param linkedin a LinkedIn profile
 */
public record ProfileLinks(String website, String github, String twitter, String linkedin) {

	public static final ProfileLinks NONE = new ProfileLinks(null, null, null, null);

	public boolean isEmpty() {
		return this.website == null && this.github == null && this.twitter == null && this.linkedin == null;
	}

}
