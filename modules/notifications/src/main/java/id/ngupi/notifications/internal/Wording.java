package id.ngupi.notifications.internal;

import java.time.ZoneId;
import java.util.Locale;

import id.ngupi.identity.Account;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The module's own texts ({@code notifications/texts_id.properties} and {@code _en}), for
 * mails and inbox entries. They are the module's: they do not depend on the web layer's
 * bundles, and are written however the member reads them.
 */
@Component
class Wording {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	Wording() {
		this.messages.setBasename("notifications/texts");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
	}

	/** As the member set their account: their language, their timezone. */
	Words of(Account member) {
		return in(Words.localeOf(member.language()), member.timezone());
	}

	Words in(Locale locale, ZoneId zone) {
		return new Words(this.messages, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Words.INDONESIAN, zone);
	}

}
