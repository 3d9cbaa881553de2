package id.ngupi.web.i18n;

import java.util.Locale;

import gg.jte.support.LocalizationSupport;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * Every visible string of a page, looked up in {@code messages_id} / {@code messages_en}
 * for the viewer's language. Handed to templates as {@code i18n}:
 * {@code ${i18n.localize("key", arg)}} escapes each argument, so member-written text can
 * be passed safely.
 */
public record Localizer(MessageSource messages, Locale locale) implements LocalizationSupport {

	@Override
	public String lookup(String key) {
		return this.messages.getMessage(key, null, key, this.locale);
	}

	/**
	 * The plain text of a message, for attributes and other places that escape it
	 * themselves.
	 */
	public String text(String key) {
		return lookup(key);
	}

	/**
	 * The plain text of a message with its arguments, for titles, attributes and other
	 * places that escape it themselves.
	 */
	public String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, this.locale);
	}

	/** A validation error or other resolvable message, in this language. */
	public String message(MessageSourceResolvable resolvable) {
		return this.messages.getMessage(resolvable, this.locale);
	}

	public SupportedLanguage language() {
		return SupportedLanguage.resolve(this.locale);
	}

}
