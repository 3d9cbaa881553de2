package id.ngupi.notifications.internal;

import java.util.List;

/**
 * What a mail's templates ({@code html/mail.jte}, {@code text/mail.jte}) write: the
 * notification as its recipient reads it, and the footer that says why they get it and
 * how to get less.
 *
 * @param language the recipient's language, for the HTML's {@code lang}
 * @param greeting "Halo Sari,"
 * @param telling what the notification says
 * @param why why the recipient gets this mail
 * @param links the footer's links: the preferences, the one-click unsubscribe (none for
 * an essential mail)
 * @param signature the closing lines
 */
public record MailView(String language, String greeting, Telling telling, String why, List<Telling.Action> links,
		List<String> signature) {

	public MailView {
		links = List.copyOf(links);
		signature = List.copyOf(signature);
	}

}
