package id.ngupi.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingId;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.CalendarEntry;
import id.ngupi.booking.CalendarFiles;
import id.ngupi.identity.Account;
import id.ngupi.notifications.NotificationKind;
import id.ngupi.notifications.NotificationPaths;
import id.ngupi.notifications.internal.MailConfiguration.MailProperties;
import id.ngupi.notifications.internal.Telling.Action;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;

import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Writes a notification's mail: plain text and HTML (jte templates precompiled with the
 * module), in the recipient's language with times in their timezone, a link to every page
 * starting with the site's address, the session's calendar file for booking mails, and
 * for every optional kind a one-click unsubscribe (RFC 8058).
 */
@Component
class MailComposer {

	private static final TemplateEngine HTML = TemplateEngine.createPrecompiled(null, ContentType.Html,
			MailComposer.class.getClassLoader(), "id.ngupi.notifications.internal.mail.html");

	private static final TemplateEngine TEXT = TemplateEngine.createPrecompiled(null, ContentType.Plain,
			MailComposer.class.getClassLoader(), "id.ngupi.notifications.internal.mail.text");

	private final Session session = Session.getInstance(new Properties());

	private final Tellings tellings;

	private final Wording wording;

	private final BookingQueries bookings;

	private final SiteLinks links;

	private final UnsubscribeTokens unsubscribe;

	private final MailProperties properties;

	MailComposer(Tellings tellings, Wording wording, BookingQueries bookings, SiteLinks links,
			UnsubscribeTokens unsubscribe, MailProperties properties) {
		this.tellings = tellings;
		this.wording = wording;
		this.bookings = bookings;
		this.links = links;
		this.unsubscribe = unsubscribe;
		this.properties = properties;
	}

	MimeMessage compose(StoredNotification notification, Account recipient, String address, String messageId)
			throws MessagingException {
		Words words = this.wording.of(recipient);
		Details details = notification.details();
		Optional<Booking> booking = session(recipient, details.booking());
		String meetingLink = booking.flatMap(found -> this.bookings.meetingLink(recipient.id(), found.id()))
			.orElse(null);
		Telling telling = this.tellings.of(notification.kind(), details, words, meetingLink);
		NotificationKind kind = notification.kind();
		String unsubscribeUrl = kind.optional()
				? this.links.absolute(NotificationPaths.unsubscribe(this.unsubscribe.issue(recipient.id(), kind)))
				: null;
		MailView view = view(words, recipient, telling, kind, unsubscribeUrl);

		MimeMessage message = new FixedIdMessage(this.session, messageId);
		MimeMessageHelper mail = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		try {
			mail.setFrom(new InternetAddress(this.properties.from(), this.properties.fromName(),
					StandardCharsets.UTF_8.name()));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
		mail.setTo(address);
		mail.setSubject(telling.title());
		mail.setText(text(view), html(view));
		message.setHeader("Auto-Submitted", "auto-generated");
		if (unsubscribeUrl != null) {
			message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		if (booking.isPresent() && kind.carriesCalendar()) {
			Optional<Booking> replaced = session(recipient, details.previousBooking());
			if (replaced.isPresent()) {
				attach(mail, calendar(replaced.get(), recipient, address, details, words, null), "ngupi-lama.ics");
			}
			attach(mail, calendar(booking.get(), recipient, address, details, words, meetingLink), "ngupi.ics");
		}
		return message;
	}

	private MailView view(Words words, Account recipient, Telling telling, NotificationKind kind,
			String unsubscribeUrl) {
		List<Action> footer = new ArrayList<>();
		String why;
		if (kind.optional()) {
			why = words.text("footer.why", this.links.absolute(NotificationPaths.INBOX));
			footer
				.add(new Action(words.text("footer.preferences"), this.links.absolute(NotificationPaths.PREFERENCES)));
			footer.add(new Action(words.text("footer.unsubscribe"), unsubscribeUrl));
		}
		else {
			why = words.text("footer.verification");
		}
		return new MailView(words.english() ? "en" : "id", words.text("greeting", recipient.displayName()), telling,
				why, footer, List.of(words.text("signature").split("\n")));
	}

	private Optional<Booking> session(Account recipient, String booking) {
		return Optional.ofNullable(booking)
			.flatMap(BookingId::parse)
			.flatMap(id -> this.bookings.find(recipient.id(), id));
	}

	/**
	 * The session's calendar entry as the web's calendar file writes it (same UID and
	 * SEQUENCE), as an invitation from the host to the recipient. The organizer's address
	 * is the site's sender, never the host's own.
	 */
	private CalendarEntry calendar(Booking booking, Account recipient, String address, Details details, Words words,
			String meetingLink) {
		String other = (details.otherName() != null) ? details.otherName() : words.text("someone");
		String host = booking.host().equals(recipient.id()) ? recipient.displayName() : other;
		String url = this.links.absolute(NotificationPaths.session(booking.id().toString()));
		return CalendarEntry
			.of(booking, words.text("calendar.summary", details.offeringTitle(), other),
					words.text("calendar.page", url), url, meetingLink)
			.between(new CalendarEntry.Person(host, this.properties.from()),
					new CalendarEntry.Person(recipient.displayName(), address));
	}

	private static void attach(MimeMessageHelper mail, CalendarEntry entry, String name) throws MessagingException {
		String type = "text/calendar; charset=UTF-8; method=" + CalendarFiles.method(entry);
		mail.addAttachment(name,
				new ByteArrayDataSource(CalendarFiles.single(entry).getBytes(StandardCharsets.UTF_8), type));
	}

	static String text(MailView view) {
		return render(TEXT, view);
	}

	static String html(MailView view) {
		return render(HTML, view);
	}

	private static String render(TemplateEngine engine, MailView view) {
		StringOutput output = new StringOutput();
		engine.render("mail.jte", view, output);
		return output.toString();
	}

	/**
	 * A message whose {@code Message-ID} stays the one given: Jakarta Mail would
	 * otherwise make a new one on every attempt.
	 */
	private static final class FixedIdMessage extends MimeMessage {

		private final String messageId;

		FixedIdMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

	}

}
