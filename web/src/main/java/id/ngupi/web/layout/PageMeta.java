package id.ngupi.web.layout;

/**
 * What a page tells link previews (Open Graph, X cards) about itself, for pages worth
 * sharing such as a host's. Every value is plain text the layout escapes.
 *
 * @param title the title of the preview
 * @param description one line under it
 * @param url the page's absolute, canonical URL
 * @param type the Open Graph type ({@code profile}, {@code website})
 * @param image an absolute {@code https} picture, or {@code null}
 * @param card the X card: {@code summary} (a small square picture) or
 * {@code summary_large_image} (a picture of 1200 by 630 above the title)
 */
public record PageMeta(String title, String description, String url, String type, String image, String card) {

	/** The X card of pages whose picture is a small square one, such as an avatar. */
	public static final String SUMMARY = "summary";

	/** The X card of pages drawing a wide picture of their own. */
	public static final String LARGE_IMAGE = "summary_large_image";

	/** A preview with a small picture, if any. */
	public PageMeta(String title, String description, String url, String type, String image) {
		this(title, description, url, type, image, SUMMARY);
	}

	/** Whether the picture is a wide one, whose size the preview is told. */
	public boolean largeImage() {
		return LARGE_IMAGE.equals(this.card);
	}

}
