package id.ngupi.web.notifications;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.notifications.Inbox;
import id.ngupi.notifications.LocalMail;
import id.ngupi.notifications.LocalMailbox;
import id.ngupi.web.booking.Bookers;

import org.springframework.web.util.UriComponentsBuilder;

import static org.awaitility.Awaitility.await;

/**
 * Members who read notifications, for the web tests: a verified address goes through
 * identity's own link, which the local mailbox keeps (the tests run without a mail
 * server), and a booking makes a host's first notification.
 */
final class Readers {

	private final Accounts accounts;

	private final Bookings bookings;

	private final LocalMailbox mailbox;

	private final Inbox inbox;

	private final Bookers bookers;

	Readers(Accounts accounts, Hosting hosting, OpenSlots openSlots, Bookings bookings, LocalMailbox mailbox,
			Inbox inbox) {
		this.accounts = accounts;
		this.bookings = bookings;
		this.mailbox = mailbox;
		this.inbox = inbox;
		this.bookers = new Bookers(accounts, hosting, openSlots);
	}

	/** A host with a verified address, or without one. */
	Bookers.Host host(String name, boolean verified) {
		Bookers.Host host = this.bookers.host(name, false);
		if (verified) {
			String address = host.account().handle().value() + "@example.com";
			this.accounts.requestEmailVerification(host.account().id(), address);
			String link = mail(address, "Verifikasi").links().get(0);
			this.accounts
				.verifyEmail(UriComponentsBuilder.fromUriString(link).build().getQueryParams().getFirst("token"));
		}
		return host;
	}

	Account member(String name) {
		return this.bookers.member(name);
	}

	/** A member books the host's first open time; the host hears of it. */
	Booking book(Account attendee, Bookers.Host host) {
		Booking booking = ((Booked) this.bookings.book(attendee.id(), new BookingRequest(host.offering(),
				this.bookers.open(host).get(0), List.of("karier"), Bookers.ANSWER, UUID.randomUUID())))
			.booking();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.inbox.unread(host.account().id()) > 0);
		return booking;
	}

	/** The mail to the address whose subject has the text, once it arrived. */
	LocalMail mail(String address, String subject) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.mailbox.recent()
				.stream()
				.anyMatch(mail -> mail.to().equals(address) && mail.subject().contains(subject)));
		return this.mailbox.recent()
			.stream()
			.filter(mail -> mail.to().equals(address) && mail.subject().contains(subject))
			.findFirst()
			.orElseThrow();
	}

}
