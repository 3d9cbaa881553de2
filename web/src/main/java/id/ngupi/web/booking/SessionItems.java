package id.ngupi.web.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingId;
import id.ngupi.booking.BookingQueries;
import id.ngupi.feedback.ConfirmedNoShows;
import id.ngupi.feedback.NoShows;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.web.discovery.Slot;
import id.ngupi.web.i18n.SupportedLanguage;
import id.ngupi.web.support.Links;
import id.ngupi.web.time.TimeFormat;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns bookings into {@link SessionItem}s: the other participant's name, the offering's
 * title, the topics' names, the times in the viewer's zone and the other end of a
 * reschedule. A list costs the same few statements however many sessions it shows: the
 * accounts and offerings its bookings name are read together, once, and both ends of a
 * reschedule are in the same list.
 */
@Component
class SessionItems {

	private final Accounts accounts;

	private final HostDirectory directory;

	private final BookingQueries bookings;

	private final NoShows noShows;

	private final MessageSource messages;

	SessionItems(Accounts accounts, HostDirectory directory, BookingQueries bookings, NoShows noShows,
			MessageSource messages) {
		this.messages = messages;
		this.accounts = accounts;
		this.directory = directory;
		this.bookings = bookings;
		this.noShows = noShows;
	}

	/**
	 * A reader for one request's bookings (a list, or the one session of a session's
	 * page), seen by the viewer in their zone and language at the moment {@code now}.
	 */
	Reader reader(Account viewer, Collection<Booking> bookings, TimeFormat times, Locale locale, Instant now) {
		return new Reader(viewer, bookings, times, locale, now);
	}

	/**
	 * Names the accounts and offerings of its bookings, read at once when it is made; an
	 * account, offering or other end of a reschedule of no booking is read alone when
	 * asked for.
	 */
	final class Reader {

		private final Account viewer;

		private final TimeFormat times;

		private final String language;

		private final Instant now;

		private final Map<BookingId, Optional<Booking>> known = new HashMap<>();

		private final Map<AccountId, Optional<Account>> people = new HashMap<>();

		private final Map<OfferingId, String> titles = new HashMap<>();

		private final Map<String, String> topicNames = new HashMap<>();

		private final Map<BookingId, ConfirmedNoShows> noShows;

		/** How a participant whose account was deleted is named. */
		private final String formerMember;

		Reader(Account viewer, Collection<Booking> bookings, TimeFormat times, Locale locale, Instant now) {
			this.viewer = viewer;
			this.times = times;
			this.language = SupportedLanguage.resolve(locale).code();
			this.now = now;
			this.formerMember = SessionItems.this.messages.getMessage("member.former", null, locale);
			bookings.forEach(booking -> this.known.put(booking.id(), Optional.of(booking)));
			Set<AccountId> named = new HashSet<>();
			Set<OfferingId> offerings = new HashSet<>();
			for (Booking booking : bookings) {
				named.add(booking.other(viewer.id()));
				if (booking.cancelledBy() != null) {
					named.add(booking.cancelledBy());
				}
				offerings.add(booking.offering());
			}
			named.remove(viewer.id());
			Map<AccountId, Account> found = SessionItems.this.accounts.findAll(named);
			// a deleted account stays missing rather than being looked for again
			named.forEach(id -> this.people.put(id, Optional.ofNullable(found.get(id))));
			this.people.put(viewer.id(), Optional.of(viewer));
			Map<OfferingId, Offering> titled = SessionItems.this.directory.offerings(offerings);
			offerings.forEach(
					id -> this.titles.put(id, Optional.ofNullable(titled.get(id)).map(Offering::title).orElse("")));
			// one statement, and only when the viewer has requests to answer
			this.noShows = SessionItems.this.noShows.forApprovals(viewer.id(), bookings);
		}

		/** The bookings as items, in their order. */
		List<SessionItem> items(List<Booking> bookings) {
			return bookings.stream().map(this::item).toList();
		}

		/**
		 * The viewer's bookings of these ids as items, in their order; those read with
		 * the reader are not read again, the others together, once.
		 */
		List<SessionItem> itemsOf(List<BookingId> ids) {
			List<BookingId> missing = ids.stream().filter(id -> !this.known.containsKey(id)).toList();
			Map<BookingId, Booking> found = SessionItems.this.bookings.findAll(this.viewer.id(), missing);
			missing.forEach(id -> this.known.put(id, Optional.ofNullable(found.get(id))));
			return ids.stream().flatMap(id -> this.known.get(id).stream()).map(this::item).toList();
		}

		Optional<Account> account(AccountId id) {
			return this.people.computeIfAbsent(id, SessionItems.this.accounts::find);
		}

		SessionItem item(Booking booking) {
			Optional<Account> other = account(booking.other(this.viewer.id()));
			String title = this.titles.computeIfAbsent(booking.offering(),
					offering -> SessionItems.this.directory.offering(offering).map(Offering::title).orElse(""));
			Slot time = Slot.alone(booking.start(), this.times, other.map(Account::timezone).orElse(this.times.zone()),
					null);
			List<String> topics = booking.topics().stream().map(slug -> topicName(slug.value())).toList();
			String respondBy = booking.awaitingAnswer(this.now) ? this.times.dateTime(booking.respondBy()) : null;
			return new SessionItem(booking.id().toString(), Links.session(booking.id()), title,
					other.map(Account::displayName).orElse(this.formerMember),
					other.map(account -> Links.profile(account.handle().value())).orElse(null), time, topics,
					booking.answer(), booking.status(), respondBy, booking.hostMessage(), move(booking.rescheduledTo()),
					move(booking.rescheduledFrom()), noShows(booking));
		}

		/** The attendee's confirmed no-shows, for the host asked to approve. */
		private List<String> noShows(Booking booking) {
			ConfirmedNoShows found = this.noShows.get(booking.id());
			if (found == null || !booking.awaitingAnswer(this.now)) {
				return List.of();
			}
			return found.sessions().stream().map(this.times::fullDate).toList();
		}

		/** The other end of a reschedule, as the viewer sees it; none when it is gone. */
		private SessionItem.Move move(BookingId other) {
			if (other == null) {
				return null;
			}
			return this.known.computeIfAbsent(other, id -> SessionItems.this.bookings.find(this.viewer.id(), id))
				.map(booking -> new SessionItem.Move(Links.session(booking.id()), booking.start().toString(),
						this.times.dateTime(booking.start())))
				.orElse(null);
		}

		/**
		 * A topic's name in the viewer's language: the names of every topic of the
		 * bookings read so far are looked up together, once, when the first is asked for.
		 */
		private String topicName(String slug) {
			if (!this.topicNames.containsKey(slug)) {
				Set<String> wanted = this.known.values()
					.stream()
					.flatMap(Optional::stream)
					.flatMap(booking -> booking.topics().stream())
					.map(TopicSlug::value)
					.filter(value -> !this.topicNames.containsKey(value))
					.collect(Collectors.toCollection(HashSet::new));
				wanted.add(slug);
				Map<String, String> found = SessionItems.this.directory.topicNames(this.language, wanted);
				wanted.forEach(value -> this.topicNames.put(value, found.getOrDefault(value, value)));
			}
			return this.topicNames.get(slug);
		}

	}

}
