package id.ngupi.hosting;

/**
 * A topic hosts talk about, named in both languages of the site.
 *
 * @param slug its address
 * @param nameId its Indonesian name
 * @param nameEn its English name
 * @param curated whether it is one of Ngupi's own topics rather than proposed by a member
 */
public record Topic(TopicSlug slug, String nameId, String nameEn, boolean curated) {

	/** The name in a language of the site ({@code id} or {@code en}). */
	public String name(String language) {
		return "en".equals(language) ? this.nameEn : this.nameId;
	}

}
