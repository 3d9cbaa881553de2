package id.ngupi.web.i18n;

import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.support.LocalizationSupport;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * Every visible string of a page, looked up in {@code messages_id} / {@code messages_en}
 * for the viewer's language. Handed to templates as {@code i18n}:
 * {@code ${i18n.localize("key", arg)}} escapes each argument, so member-written text can
 * be passed safely.
 * <p>
 * A message with arguments reads the same wherever it is shown: templates format it with
 * {@link MessageFormat} as Java code does ({@code ''} is one apostrophe,
 * {@code {1,choice,...}} chooses), where jte alone would only replace {@code {0}} and
 * leave both as written.
 */
public record Localizer(MessageSource messages, Locale locale) implements LocalizationSupport {

	/** What a {@link Content} argument is formatted as, to be replaced by it. */
	private static final String CONTENT_PLACE = "\uE000";

	@Override
	public String lookup(String key) {
		return this.messages.getMessage(key, null, key, this.locale);
	}

	/**
	 * The message with its arguments formatted as {@link MessageFormat} does: the
	 * message's own text as written, each argument escaped (a {@link Content} argument,
	 * already template output, as it is).
	 */
	@Override
	public Content localize(String key, Object... params) {
		if (params == null || params.length == 0) {
			return LocalizationSupport.super.localize(key);
		}
		String pattern = lookup(key);
		if (pattern == null) {
			return null;
		}
		MessageFormat format = new MessageFormat(pattern, this.locale);
		Format[] formats = format.getFormatsByArgumentIndex();
		Object[] arguments = new Object[params.length];
		for (int i = 0; i < params.length; i++) {
			boolean plain = i >= formats.length || formats[i] == null;
			// a Content argument takes one character's place, so that its place is known;
			// a number in a plain {0} is written as it is (no grouping: 2027, not 2.027)
			arguments[i] = (params[i] instanceof Content) ? CONTENT_PLACE
					: (plain && params[i] instanceof Number number) ? String.valueOf(number) : params[i];
		}
		AttributedCharacterIterator formatted = format.formatToCharacterIterator(arguments);
		return (TemplateOutput output) -> write(formatted, params, output);
	}

	/** Writes the message's text as it is and each argument's part escaped. */
	private static void write(AttributedCharacterIterator formatted, Object[] params, TemplateOutput output) {
		StringBuilder part = new StringBuilder();
		for (char c = formatted.first(); c != CharacterIterator.DONE; c = formatted.next()) {
			part.append(c);
			if (formatted.getIndex() + 1 == formatted.getRunLimit(MessageFormat.Field.ARGUMENT)) {
				Object argument = formatted.getAttribute(MessageFormat.Field.ARGUMENT);
				if (argument == null) {
					output.writeContent(part.toString());
				}
				else if (params[(Integer) argument] instanceof Content content) {
					content.writeTo(output);
				}
				else {
					output.writeUserContent(part.toString());
				}
				part.setLength(0);
			}
		}
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
