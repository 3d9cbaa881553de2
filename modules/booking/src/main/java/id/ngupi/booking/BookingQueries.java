package id.ngupi.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.ngupi.booking.internal.BookingRules;
import id.ngupi.booking.internal.BookingStore;
import id.ngupi.booking.internal.BookingStore.Meeting;
import id.ngupi.booking.internal.MeetingRooms;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.Offering;
import id.ngupi.hosting.OfferingId;
import id.ngupi.identity.AccountId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What members may read of their bookings: their lists, one session, its meeting link,
 * their calendar's sessions and where they stand with a host's limit. Every read is for a
 * viewer and gives only what that viewer takes part in. {@link Bookings} changes them.
 */
@Service
@Transactional(readOnly = true)
public class BookingQueries {

	/**
	 * How many sessions of a member's history a list shows at first, and adds at a time.
	 */
	public static final int HISTORY_PAGE = 20;

	/** The most sessions of history one list shows. */
	static final int HISTORY_MAX = 500;

	/** How long an ended or called-off session stays in a member's calendar feed. */
	public static final Duration FEED_RECENT = Duration.ofDays(30);

	private static final Comparator<Booking> SOONEST_FIRST = Comparator.comparing(Booking::start);

	private final BookingStore bookings;

	private final HostDirectory hosts;

	private final BookingRules rules;

	private final MeetingRooms rooms;

	private final Clock clock;

	BookingQueries(BookingStore bookings, HostDirectory hosts, BookingRules rules, MeetingRooms rooms, Clock clock) {
		this.bookings = bookings;
		this.hosts = hosts;
		this.rules = rules;
		this.rooms = rooms;
		this.clock = clock;
	}

	/**
	 * The member's sessions on one side as their list groups them by
	 * {@link Booking#phase}: requests waiting and sessions coming, soonest first, and the
	 * most recent {@code history} sessions of their history (at least
	 * {@link #HISTORY_PAGE}, at most {@value #HISTORY_MAX}), most recent first. One
	 * statement however long the member's history.
	 */
	public SessionList sessions(AccountId member, boolean asHost, int history) {
		Instant now = this.clock.instant();
		int shown = Math.max(HISTORY_PAGE, Math.min(history, HISTORY_MAX));
		List<Booking> waiting = new ArrayList<>();
		List<Booking> coming = new ArrayList<>();
		List<Booking> past = new ArrayList<>();
		for (Booking booking : this.bookings.listed(member, asHost, now, shown + 1)) {
			switch (booking.phase(now)) {
				case WAITING -> waiting.add(booking);
				case COMING -> coming.add(booking);
				case HISTORY -> past.add(booking);
			}
		}
		waiting.sort(SOONEST_FIRST);
		coming.sort(SOONEST_FIRST);
		past.sort(SOONEST_FIRST.reversed());
		return new SessionList(waiting, coming, past.subList(0, Math.min(shown, past.size())), past.size() > shown,
				now);
	}

	/**
	 * The member's sessions for their calendar feed: every live one on either side, and
	 * those ended, called off or changed in the last {@link #FEED_RECENT}, soonest first.
	 */
	public List<Booking> forCalendar(AccountId member) {
		return this.bookings.liveOrChangedSince(member, this.clock.instant().minus(FEED_RECENT));
	}

	/** Those of the bookings the viewer takes part in, by id. */
	public Map<BookingId, Booking> findAll(AccountId viewer, Collection<BookingId> bookings) {
		if (bookings.isEmpty()) {
			return Map.of();
		}
		Map<BookingId, Booking> found = new HashMap<>();
		this.bookings.findAll(bookings)
			.stream()
			.filter(booking -> booking.involves(viewer))
			.forEach(booking -> found.put(booking.id(), booking));
		return found;
	}

	/**
	 * Where the attendee stands with the host under the per-host limit: the rule
	 * {@link Bookings#book} refuses by, asked before the attendee fills in a form.
	 */
	public HostLimit hostLimit(AccountId attendee, AccountId host) {
		return this.rules.hostLimit(attendee, host, this.clock.instant());
	}

	/**
	 * The meeting link of a confirmed booking, for its two participants only: the
	 * booking's own link, else the offering's, else the host's. A request still waiting
	 * for the host's approval gives nobody the link, and neither does a booking that is
	 * off (declined, expired, cancelled) or over. Anyone else gets nothing.
	 */
	public Optional<String> meetingLink(AccountId viewer, BookingId booking) {
		return Optional.ofNullable(meetingLinks(viewer, List.of(booking)).get(booking));
	}

	/**
	 * The meeting links of several bookings at once, by the rule of {@link #meetingLink}:
	 * only for confirmed bookings the viewer takes part in; the others are absent from
	 * the map. This is the one place the rule is applied: the session page, its calendar
	 * file and links and the calendar feed all ask here. The link is the booking's own,
	 * else its offering's, else the booking's own room when the host meets in rooms, else
	 * the host's. Reads the bookings, their offerings and their hosts once for all.
	 */
	public Map<BookingId, String> meetingLinks(AccountId viewer, Collection<BookingId> bookings) {
		if (bookings.isEmpty()) {
			return Map.of();
		}
		Map<Booking, Meeting> confirmed = new LinkedHashMap<>();
		this.bookings.findWithMeetingUrls(bookings).forEach((booking, meeting) -> {
			if (booking.involves(viewer) && booking.status() == BookingStatus.CONFIRMED) {
				confirmed.put(booking, meeting);
			}
		});
		Map<OfferingId, Offering> offerings = this.hosts
			.offerings(confirmed.keySet().stream().map(Booking::offering).distinct().toList());
		Map<AccountId, HostProfile> hosts = this.hosts
			.findAll(confirmed.keySet().stream().map(Booking::host).distinct().toList());
		Map<BookingId, String> links = new HashMap<>();
		confirmed.forEach((booking, meeting) -> Optional.ofNullable(meeting.url())
			.or(() -> Optional.ofNullable(offerings.get(booking.offering())).map(Offering::meetingUrl))
			.or(() -> Optional.ofNullable(hosts.get(booking.host()))
				.filter(host -> host.meetingRooms() && meeting.room() != null)
				.map(host -> this.rooms.url(meeting.room())))
			.or(() -> Optional.ofNullable(hosts.get(booking.host())).map(HostProfile::meetingUrl))
			.ifPresent(link -> links.put(booking.id(), link)));
		return links;
	}

	/** The booking, for one of its two participants only. */
	public Optional<Booking> find(AccountId viewer, BookingId booking) {
		return this.bookings.find(booking).filter(found -> found.involves(viewer));
	}

	/** The member's bookings as attendee, soonest first. */
	public List<Booking> asAttendee(AccountId member) {
		return this.bookings.of(member, false);
	}

	/** The member's bookings as host, soonest first. */
	public List<Booking> asHost(AccountId member) {
		return this.bookings.of(member, true);
	}

	/**
	 * The host's sessions still to come on a date of their schedule's zone (any part of
	 * them within that day): confirmed ones and requests the host can still answer,
	 * soonest first. A day off on that date leaves these standing; they are the host's to
	 * move or cancel. Empty for a member who does not host, and for a date no session
	 * still to come can be on (before yesterday, or beyond what a host can plan).
	 */
	public List<Booking> hostsComingOn(AccountId host, LocalDate date) {
		Optional<ZoneId> zone = this.hosts.find(host).map(HostProfile::timezone);
		if (zone.isEmpty()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, zone.get());
		// checked before the day's bounds are computed: LocalDate.MAX has no next day
		if (date.isBefore(today.minusDays(1)) || date.isAfter(today.plus(Hosting.PLANNING_AHEAD))) {
			return List.of();
		}
		return this.bookings
			.liveOfHostOverlapping(host, date.atStartOfDay(zone.get()).toInstant(),
					date.plusDays(1).atStartOfDay(zone.get()).toInstant())
			.stream()
			.filter(booking -> booking.phase(now).current())
			.toList();
	}

}
