package id.ngupi.web.discovery;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import id.ngupi.hosting.HostProfileChange;
import id.ngupi.web.support.SelectOption;

/**
 * The languages hosts speak, named in the viewer's language ({@code jv} is "Jawa" in
 * Indonesian, "Javanese" in English) by the JDK's own translations, so that no list of
 * names is kept by hand.
 */
final class LanguageNames {

	private LanguageNames() {
	}

	static String of(String code, Locale viewer) {
		String name = Locale.forLanguageTag(code).getDisplayLanguage(viewer);
		return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(viewer) + name.substring(1);
	}

	/** {@code Indonesia, Inggris}. */
	static String list(List<String> codes, Locale viewer) {
		return codes.stream().map(code -> of(code, viewer)).collect(Collectors.joining(", "));
	}

	/** Every language a host may speak, as the choices of a filter. */
	static List<SelectOption> choices(Locale viewer) {
		return HostProfileChange.LANGUAGES.stream().map(code -> SelectOption.of(code, of(code, viewer))).toList();
	}

}
