package id.ngupi.notifications;

import java.time.ZoneId;
import java.util.Locale;

import id.ngupi.identity.AccountId;
import id.ngupi.notifications.internal.InboxReader;
import id.ngupi.notifications.internal.MailChoices;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications module's part of a member's data export (their right to a copy under
 * Indonesia's personal data protection law, UU PDP): four statements however much the
 * member was told.
 */
@Service
public class NotificationExports {

	private final InboxReader reader;

	private final MailChoices choices;

	NotificationExports(InboxReader reader, MailChoices choices) {
		this.reader = reader;
		this.choices = choices;
	}

	/**
	 * Everything this module holds about the member, written in their language and zone.
	 */
	@Transactional(readOnly = true)
	public NotificationExport export(AccountId member, Locale locale, ZoneId zone) {
		return new NotificationExport(this.reader.everything(member, locale, zone), this.choices.of(member),
				this.choices.refusal(member).orElse(null));
	}

}
