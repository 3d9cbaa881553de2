package id.ngupi.web.hosting;

/**
 * The redirect of a POST-redirect-GET. An htmx request gets {@code HX-Redirect} instead,
 * so that htmx loads the whole page rather than swapping it into a fragment.
 */
final class HostingRedirects {

	private HostingRedirects() {
	}

	static String to(String path, boolean htmx) {
		return (htmx ? "redirect:htmx:" : "redirect:") + path;
	}

}
