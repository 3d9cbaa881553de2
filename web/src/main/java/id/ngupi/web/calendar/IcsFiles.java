package id.ngupi.web.calendar;

import java.net.URI;
import java.util.Date;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;

/**
 * Writes sessions as iCalendar (RFC 5545) text. A single session is an invitation
 * ({@code METHOD:REQUEST}), or its withdrawal ({@code METHOD:CANCEL}) once it is off; a
 * feed publishes every session with its status. Times are written in UTC.
 */
final class IcsFiles {

	static final String PRODUCT = "-//Ngupi//Ngupi calendar//ID";

	private IcsFiles() {
	}

	/** One session, for the file a participant downloads. */
	static String single(CalendarEvent event) {
		ICalendar calendar = calendar();
		calendar.setMethod((event.state() == CalendarEvent.State.CANCELLED) ? Method.cancel() : Method.request());
		calendar.addEvent(event(event));
		return write(calendar);
	}

	/** A member's sessions, for their feed. */
	static String feed(String name, List<CalendarEvent> events) {
		ICalendar calendar = calendar();
		calendar.setMethod(Method.publish());
		calendar.setExperimentalProperty("X-WR-CALNAME", name);
		calendar.setExperimentalProperty("X-PUBLISHED-TTL", "PT1H");
		events.forEach(event -> calendar.addEvent(event(event)));
		return write(calendar);
	}

	private static ICalendar calendar() {
		ICalendar calendar = new ICalendar();
		calendar.setProductId(PRODUCT);
		return calendar;
	}

	private static VEvent event(CalendarEvent event) {
		VEvent vevent = new VEvent();
		vevent.setUid(event.uid());
		vevent.setSequence(event.sequence());
		vevent.setDateTimeStamp(Date.from(event.modified()));
		vevent.setCreated(Date.from(event.created()));
		vevent.setLastModified(Date.from(event.modified()));
		vevent.setDateStart(Date.from(event.start()), true);
		vevent.setDateEnd(Date.from(event.end()), true);
		vevent.setSummary(event.summary());
		vevent.setDescription(event.description());
		vevent.setUrl(URI.create(event.url()).toString());
		vevent.setStatus(switch (event.state()) {
			case TENTATIVE -> Status.tentative();
			case CONFIRMED -> Status.confirmed();
			case CANCELLED -> Status.cancelled();
		});
		if (event.location() != null) {
			vevent.setLocation(event.location());
		}
		return vevent;
	}

	private static String write(ICalendar calendar) {
		return Biweekly.write(calendar).version(ICalVersion.V2_0).go();
	}

}
