package id.ngupi.notifications.internal;

import id.ngupi.booking.BookingEvents.WaitlistTimesOpened;
import id.ngupi.booking.Waitlist;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.identity.AccountId;
import id.ngupi.notifications.NotificationKind;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the first members in a host's waitlist that the host has open times again. The
 * members are marked told ({@link Waitlist#tellFirst}) in the same transaction that
 * records their notifications: either both happen or neither, so nobody loses their place
 * in line without being told. An opening handled once is not handled again.
 */
@Component
class WaitlistNotices {

	private final Waitlist waitlist;

	private final HostDirectory hosts;

	private final NotificationStore notifications;

	private final Notifier notifier;

	WaitlistNotices(Waitlist waitlist, HostDirectory hosts, NotificationStore notifications, Notifier notifier) {
		this.waitlist = waitlist;
		this.hosts = hosts;
		this.notifications = notifications;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(WaitlistTimesOpened event) {
		String eventId = "waitlist:" + event.opening();
		if (this.notifications.recorded(eventId, NotificationKind.WAITLIST_OPENED)) {
			return;
		}
		this.hosts.find(event.host()).filter(HostProfile::listed).ifPresent(host -> {
			for (AccountId member : this.waitlist.tellFirst(event.host(), event.openSlots())) {
				this.notifier.tell(member, NotificationKind.WAITLIST_OPENED, eventId,
						Details.waitlist(host.displayName(), host.handle()));
			}
		});
	}

}
