package id.ngupi.web.booking;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.ngupi.booking.Booking;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.Topic;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.web.discovery.Slot;
import id.ngupi.web.i18n.SupportedLanguage;
import id.ngupi.web.support.Links;
import id.ngupi.web.time.TimeFormat;

import org.springframework.stereotype.Component;

/**
 * Turns bookings into {@link SessionItem}s: the other participant's name, the offering's
 * title, the topics' names and the times in the viewer's zone. A list costs the same few
 * statements however many sessions it shows: the accounts and offerings its bookings name
 * are read together, once.
 */
@Component
class SessionItems {

	private final Accounts accounts;

	private final HostDirectory directory;

	SessionItems(Accounts accounts, HostDirectory directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	/**
	 * A reader for one request's bookings (a list, or the one session of a session's
	 * page), seen by the viewer in their zone and language.
	 */
	Reader reader(Account viewer, Collection<Booking> bookings, TimeFormat times, Locale locale) {
		return new Reader(viewer, bookings, times, locale);
	}

	/**
	 * Names the accounts and offerings of its bookings, read at once when it is made; an
	 * account or offering of no booking is read alone when asked for.
	 */
	final class Reader {

		private final Account viewer;

		private final TimeFormat times;

		private final String language;

		private final Map<AccountId, Optional<Account>> people = new HashMap<>();

		private final Map<OfferingId, String> titles = new HashMap<>();

		private Map<String, String> topicNames;

		Reader(Account viewer, Collection<Booking> bookings, TimeFormat times, Locale locale) {
			this.viewer = viewer;
			this.times = times;
			this.language = SupportedLanguage.resolve(locale).code();
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
			String respondBy = (booking.respondBy() != null) ? this.times.dateTime(booking.respondBy()) : null;
			return new SessionItem(booking.id().toString(), Links.session(booking.id()), title,
					other.map(Account::displayName).orElse("—"),
					other.map(account -> Links.profile(account.handle().value())).orElse(null), time, topics,
					booking.answer(), booking.status(), respondBy, booking.hostMessage());
		}

		private String topicName(String slug) {
			if (this.topicNames == null) {
				this.topicNames = new HashMap<>();
				for (Topic topic : SessionItems.this.directory.topics()) {
					this.topicNames.put(topic.slug().value(), topic.name(this.language));
				}
			}
			return this.topicNames.getOrDefault(slug, slug);
		}

	}

}
