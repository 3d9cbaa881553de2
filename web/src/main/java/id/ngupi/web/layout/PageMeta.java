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
 */
public record PageMeta(String title, String description, String url, String type, String image) {

}
