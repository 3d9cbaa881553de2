package id.ngupi.booking.internal;

import java.util.List;
import java.util.UUID;

import id.ngupi.booking.BookingEvents.BookingCancelled;
import id.ngupi.booking.BookingEvents.BookingDeclined;
import id.ngupi.booking.BookingEvents.BookingExpired;
import id.ngupi.booking.BookingEvents.WaitlistTimesOpened;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.HostingEvents.AvailabilityChanged;
import id.ngupi.identity.AccountId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Announces that time opened for a host's waitlist: the host changed their hours, or a
 * booking let its time go. It marks nobody told: whoever tells the members takes them
 * with {@link id.ngupi.booking.Waitlist#tellFirst} where it records the telling, so that
 * no member loses their place without being told.
 */
@Component
class WaitlistNotifier {

	private final WaitlistStore entries;

	private final OpenSlots openSlots;

	private final HostDirectory hosts;

	private final ApplicationEventPublisher events;

	WaitlistNotifier(WaitlistStore entries, OpenSlots openSlots, HostDirectory hosts,
			ApplicationEventPublisher events) {
		this.entries = entries;
		this.openSlots = openSlots;
		this.hosts = hosts;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(AvailabilityChanged event) {
		if (!event.paused()) {
			tellIfOpen(event.host());
		}
	}

	/**
	 * A session called off because its host was suspended opens nothing: the host is
	 * unlisted, perhaps not yet when this runs, and their waitlist must not hear of it.
	 */
	@ApplicationModuleListener
	void on(BookingCancelled event) {
		if (!event.host().equals(event.calledOffFor())) {
			tellIfOpen(event.host());
		}
	}

	@ApplicationModuleListener
	void on(BookingDeclined event) {
		tellIfOpen(event.host());
	}

	@ApplicationModuleListener
	void on(BookingExpired event) {
		tellIfOpen(event.host());
	}

	private void tellIfOpen(AccountId host) {
		// most hosts have nobody waiting: one cheap look before computing open slots
		if (!this.entries.anyWaiting(host) || this.hosts.find(host).filter(HostProfile::listed).isEmpty()) {
			return;
		}
		int open = this.openSlots.byOffering(host, Integer.MAX_VALUE).values().stream().mapToInt(List::size).sum();
		if (open > 0) {
			this.events.publishEvent(new WaitlistTimesOpened(UUID.randomUUID(), host, open));
		}
	}

}
