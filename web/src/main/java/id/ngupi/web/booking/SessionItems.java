package id.ngupi.web.booking;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.ngupi.booking.Booking;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Offering;
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
 * title, the topics' names and the times in the viewer's zone. One request's lists name
 * each account and offering once.
 */
@Component
class SessionItems {

	private final Accounts accounts;

	private final HostDirectory directory;

	SessionItems(Accounts accounts, HostDirectory directory) {
		this.accounts = accounts;
		this.directory = directory;
	}

	/** A reader for one request, seen by the viewer in their zone and language. */
	Reader reader(Account viewer, TimeFormat times, Locale locale) {
		return new Reader(viewer, times, locale);
	}

	/** Names accounts and offerings once per request. */
	final class Reader {

		private final Account viewer;

		private final TimeFormat times;

		private final String language;

		private final Map<AccountId, Optional<Account>> people = new HashMap<>();

		private final Map<Object, String> titles = new HashMap<>();

		private Map<String, String> topicNames;

		Reader(Account viewer, TimeFormat times, Locale locale) {
			this.viewer = viewer;
			this.times = times;
			this.language = SupportedLanguage.resolve(locale).code();
			this.people.put(viewer.id(), Optional.of(viewer));
		}

		Optional<Account> account(AccountId id) {
			return this.people.computeIfAbsent(id, this::find);
		}

		private Optional<Account> find(AccountId id) {
			return SessionItems.this.accounts.find(id);
		}

		SessionItem item(Booking booking) {
			Optional<Account> other = account(booking.other(this.viewer.id()));
			String title = this.titles.computeIfAbsent(booking.offering(),
					offering -> SessionItems.this.directory.offering(booking.offering())
						.map(Offering::title)
						.orElse(""));
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
