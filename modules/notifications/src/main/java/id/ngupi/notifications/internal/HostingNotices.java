package id.ngupi.notifications.internal;

import id.ngupi.hosting.HostingEvents.BusyCalendarFailing;
import id.ngupi.notifications.NotificationKind;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a host when one of their own calendars has not been readable for two days: the
 * busy times last read stay in force, so new appointments in it could be booked over.
 * Once per failing stretch, however often the event arrives.
 */
@Component
class HostingNotices {

	private final Notifier notifier;

	HostingNotices(Notifier notifier) {
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(BusyCalendarFailing event) {
		this.notifier.tell(event.host(), NotificationKind.CALENDAR_FAILING,
				"calendar:" + event.calendar() + ":" + event.failingSince(), Details.calendar(event.hint()));
	}

}
