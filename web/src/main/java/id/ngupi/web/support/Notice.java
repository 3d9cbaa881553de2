package id.ngupi.web.support;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

import org.springframework.ui.Model;

/**
 * A message shown at the top of a page about what just happened ("your changes are
 * saved", "this link has expired"), rendered by {@code components/notice.jte}. After a
 * POST-redirect-GET it is carried across the redirect as a flash attribute, so it lives
 * in the session for one request and must be serializable (sessions are stored in
 * PostgreSQL).
 *
 * @param key the message key
 * @param success whether it reports a success (else a failure)
 * @param arguments the message's arguments, escaped when shown
 */
public record Notice(String key, boolean success, List<String> arguments) implements Serializable {

	/** The flash attribute carrying the notice. */
	public static final String ATTRIBUTE = "notice";

	@Serial
	private static final long serialVersionUID = 1L;

	public Notice {
		arguments = List.copyOf(arguments);
	}

	public static Notice success(String key, String... arguments) {
		return new Notice(key, true, List.of(arguments));
	}

	public static Notice failure(String key, String... arguments) {
		return new Notice(key, false, List.of(arguments));
	}

	/** The notice flashed by the request before the redirect, if there is one. */
	public static Notice flashed(Model model) {
		return flashed(model, ATTRIBUTE);
	}

	/**
	 * A notice flashed under its own name, for one part of a page: shown next to that
	 * part's form rather than at the top.
	 */
	public static Notice flashed(Model model, String attribute) {
		return (model.getAttribute(attribute) instanceof Notice notice) ? notice : null;
	}

	/** The arguments for {@code i18n.localize(key, ...)}. */
	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
