package id.ngupi.web.discovery;

import java.util.List;
import java.util.stream.Collectors;

import id.ngupi.hosting.HostProfileChange;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.support.SelectOption;

/**
 * The languages hosts speak, each with one name per site language ({@code zh} is
 * "Mandarin" on the cards, in the filter and on the host's form alike), kept as
 * {@code language.<code>} messages.
 */
public final class LanguageNames {

	private LanguageNames() {
	}

	/**
	 * {@code Jawa} in Indonesian, {@code Javanese} in English; the code if it has no
	 * name.
	 */
	public static String of(String code, Localizer i18n) {
		String key = "language." + code;
		String name = i18n.lookup(key);
		return name.equals(key) ? code : name;
	}

	/** {@code Indonesia, Inggris}. */
	static String list(List<String> codes, Localizer i18n) {
		return codes.stream().map(code -> of(code, i18n)).collect(Collectors.joining(", "));
	}

	/** Every language a host may speak, as the choices of a filter. */
	static List<SelectOption> choices(Localizer i18n) {
		return HostProfileChange.LANGUAGES.stream().map(code -> SelectOption.of(code, of(code, i18n))).toList();
	}

}
