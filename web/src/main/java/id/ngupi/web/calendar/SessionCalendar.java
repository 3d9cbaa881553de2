package id.ngupi.web.calendar;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingId;
import id.ngupi.booking.CalendarEntry;
import id.ngupi.booking.CalendarEntry.State;
import id.ngupi.booking.BookingQueries;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.i18n.SupportedLanguage;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.SiteUrl;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Sessions as calendar entries, always seen from one participant: the other person's
 * name, the topics, and the meeting link, which only participants are given. The booking
 * page uses {@link #addToCalendar} for its "add to calendar" links.
 */
@Component
public class SessionCalendar {

	private final BookingQueries bookings;

	private final HostDirectory hosts;

	private final Accounts accounts;

	private final MessageSource messages;

	private final SiteUrl site;

	SessionCalendar(BookingQueries bookings, HostDirectory hosts, Accounts accounts, MessageSource messages,
			SiteUrl site) {
		this.bookings = bookings;
		this.hosts = hosts;
		this.accounts = accounts;
		this.messages = messages;
		this.site = site;
	}

	/**
	 * The links for adding a session to a calendar, for one of its two participants, who
	 * has already been given the booking.
	 * @throws IllegalArgumentException if the viewer takes no part in the session
	 */
	public AddToCalendar addToCalendar(AccountId viewer, Booking booking, Locale locale) {
		if (!booking.host().equals(viewer) && !booking.attendee().equals(viewer)) {
			throw new IllegalArgumentException("Not a participant of " + booking.id());
		}
		CalendarEntry event = new Entries(viewer, new Localizer(this.messages, locale), List.of(booking)).of(booking);
		return new AddToCalendar(Links.calendarFile(booking.id()), Links.googleCalendar(event.summary(), event.start(),
				event.end(), event.description(), event.location()), event.state() == State.CANCELLED);
	}

	/** The session as the viewer's calendar shows it, if the viewer takes part in it. */
	Optional<CalendarEntry> event(AccountId viewer, BookingId booking, Locale locale) {
		return this.bookings.find(viewer, booking)
			.map(found -> new Entries(viewer, new Localizer(this.messages, locale), List.of(found)).of(found));
	}

	/**
	 * The member's sessions as {@link BookingQueries#forCalendar} chooses them, in the
	 * member's own language.
	 */
	List<CalendarEntry> feed(Account member) {
		List<Booking> shown = this.bookings.forCalendar(member.id());
		Entries entries = new Entries(member.id(),
				new Localizer(this.messages,
						SupportedLanguage
							.resolve(Locale.forLanguageTag(Objects.requireNonNullElse(member.language(), "id")))
							.locale()),
				shown);
		return shown.stream().map(entries::of).toList();
	}

	/**
	 * Builds entries for one viewer. The other participants' names, the offerings'
	 * titles, the topics' names and the meeting links of all the sessions are read at
	 * once, so a feed costs the same few statements however many sessions it holds.
	 */
	private final class Entries {

		private final AccountId viewer;

		private final Localizer i18n;

		private final Map<AccountId, Account> people;

		private final Map<OfferingId, Offering> offerings;

		private final Map<String, String> topicNames;

		private final Map<BookingId, String> meetingLinks;

		Entries(AccountId viewer, Localizer i18n, List<Booking> bookings) {
			this.viewer = viewer;
			this.i18n = i18n;
			SessionCalendar calendar = SessionCalendar.this;
			this.people = calendar.accounts
				.findAll(bookings.stream().map(booking -> booking.other(viewer)).distinct().toList());
			this.offerings = calendar.hosts.offerings(bookings.stream().map(Booking::offering).distinct().toList());
			this.meetingLinks = calendar.bookings.meetingLinks(viewer, bookings.stream().map(Booking::id).toList());
			this.topicNames = calendar.hosts.topicNames(i18n.language().code(),
					bookings.stream()
						.flatMap(booking -> booking.topics().stream())
						.map(TopicSlug::value)
						.collect(Collectors.toSet()));
		}

		CalendarEntry of(Booking booking) {
			String title = Optional.ofNullable(this.offerings.get(booking.offering()))
				.map(Offering::title)
				.orElse("Ngupi");
			String other = Optional.ofNullable(this.people.get(booking.other(this.viewer)))
				.map(Account::displayName)
				.orElse("?");
			String topics = booking.topics()
				.stream()
				.map(slug -> this.topicNames.getOrDefault(slug.value(), slug.value()))
				.collect(Collectors.joining(", "));
			String url = SessionCalendar.this.site.absolute(Links.session(booking.id()));
			String description = this.i18n.text("calendar.event.topics", topics) + "\n\n"
					+ this.i18n.text("calendar.event.page", url);
			return CalendarEntry.of(booking, this.i18n.text("calendar.event.summary", title, other), description, url,
					this.meetingLinks.get(booking.id()));
		}

	}

	/**
	 * What the booking page's "add to calendar" fragment ({@code calendar/addToCalendar})
	 * needs.
	 *
	 * @param icsUrl the session's calendar file
	 * @param googleUrl Google Calendar's form, filled in
	 * @param cancelled whether the session is off: the file then removes it from a
	 * calendar, and the Google link is not offered
	 */
	public record AddToCalendar(String icsUrl, String googleUrl, boolean cancelled) {
	}

}
