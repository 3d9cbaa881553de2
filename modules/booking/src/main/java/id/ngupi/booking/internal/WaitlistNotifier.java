package id.ngupi.booking.internal;

import java.time.Clock;
import java.util.List;

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
 * Tells a host's waitlist when time may have opened: the host changed their hours, or a
 * booking let its time go. As many members as there are open slots are told, in the order
 * they joined; see {@link id.ngupi.booking.Waitlist}.
 */
@Component
class WaitlistNotifier {

	private final WaitlistStore entries;

	private final OpenSlots openSlots;

	private final HostDirectory hosts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WaitlistNotifier(WaitlistStore entries, OpenSlots openSlots, HostDirectory hosts, ApplicationEventPublisher events,
			Clock clock) {
		this.entries = entries;
		this.openSlots = openSlots;
		this.hosts = hosts;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AvailabilityChanged event) {
		if (!event.paused()) {
			tellIfOpen(event.host());
		}
	}

	@ApplicationModuleListener
	void on(BookingCancelled event) {
		tellIfOpen(event.host());
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
		if (open == 0) {
			return;
		}
		List<AccountId> told = this.entries.tellFirst(host, open, this.clock.instant());
		if (!told.isEmpty()) {
			this.events.publishEvent(new WaitlistTimesOpened(host, told));
		}
	}

}
