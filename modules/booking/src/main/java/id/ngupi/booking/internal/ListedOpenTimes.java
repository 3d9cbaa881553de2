package id.ngupi.booking.internal;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import id.ngupi.booking.BookingEvents.BookingCancelled;
import id.ngupi.booking.BookingEvents.BookingConfirmed;
import id.ngupi.booking.BookingEvents.BookingDeclined;
import id.ngupi.booking.BookingEvents.BookingExpired;
import id.ngupi.booking.BookingEvents.BookingRequested;
import id.ngupi.booking.BookingEvents.TimesHeld;
import id.ngupi.booking.BookingEvents.TimesReleased;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.NextOpenTime;
import id.ngupi.hosting.OpenTimes;
import id.ngupi.identity.AccountId;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Gives discovery each host's real next open time, the one the host's card shows: the
 * candidate times minus bookings, notice, horizon and used-up quotas. Hosting asks for it
 * whenever a host's hours change; every booking that takes or frees a host's time asks
 * hosting to refresh it once the booking is committed (a reschedule publishes the new
 * booking's request or confirmation, which covers the time it gave back too), and so does
 * every hold a round takes or lets go.
 */
@Component
class ListedOpenTimes implements OpenTimes {

	private final OpenSlots openSlots;

	private final Hosting hosting;

	ListedOpenTimes(OpenSlots openSlots, Hosting hosting) {
		this.openSlots = openSlots;
		this.hosting = hosting;
	}

	@Override
	public Map<AccountId, NextOpenTime> earliest(Collection<AccountId> hosts) {
		return this.openSlots.nextOpen(hosts)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					entry -> new NextOpenTime(entry.getValue().offering(), entry.getValue().start())));
	}

	@ApplicationModuleListener
	void on(BookingRequested event) {
		this.hosting.refreshOpenTimes(event.host());
	}

	@ApplicationModuleListener
	void on(BookingConfirmed event) {
		this.hosting.refreshOpenTimes(event.host());
	}

	@ApplicationModuleListener
	void on(BookingDeclined event) {
		this.hosting.refreshOpenTimes(event.host());
	}

	@ApplicationModuleListener
	void on(BookingExpired event) {
		this.hosting.refreshOpenTimes(event.host());
	}

	@ApplicationModuleListener
	void on(BookingCancelled event) {
		this.hosting.refreshOpenTimes(event.host());
	}

	@ApplicationModuleListener
	void on(TimesHeld event) {
		this.hosting.refreshOpenTimes(event.host());
	}

	@ApplicationModuleListener
	void on(TimesReleased event) {
		this.hosting.refreshOpenTimes(event.host());
	}

}
