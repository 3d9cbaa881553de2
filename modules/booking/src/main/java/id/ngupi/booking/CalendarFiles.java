package id.ngupi.booking;

import java.net.URI;
import java.util.Date;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;

/**
 * Writes sessions as iCalendar (RFC 5545) text. A single session is an invitation
 * ({@code METHOD:REQUEST}), or its withdrawal ({@code METHOD:CANCEL}) once it is off; a
 * feed publishes every session with its status. Times are written in UTC.
 */
public final class CalendarFiles {

	static final String PRODUCT = "-//Ngupi//Ngupi calendar//ID";

	private CalendarFiles() {
	}

	/** One session, for the file a participant downloads or a mail carries. */
	public static String single(CalendarEntry entry) {
		ICalendar calendar = calendar();
		calendar.setMethod(method(entry));
		calendar.addEvent(event(entry));
		return write(calendar);
	}

	/** {@code REQUEST} while the session holds, {@code CANCEL} once it is off. */
	public static String method(CalendarEntry entry) {
		return (entry.state() == CalendarEntry.State.CANCELLED) ? Method.CANCEL : Method.REQUEST;
	}

	/** A member's sessions, for their feed. */
	public static String feed(String name, List<CalendarEntry> entries) {
		ICalendar calendar = calendar();
		calendar.setMethod(Method.publish());
		calendar.setExperimentalProperty("X-WR-CALNAME", name);
		calendar.setExperimentalProperty("X-PUBLISHED-TTL", "PT1H");
		entries.forEach(entry -> calendar.addEvent(event(entry)));
		return write(calendar);
	}

	private static ICalendar calendar() {
		ICalendar calendar = new ICalendar();
		calendar.setProductId(PRODUCT);
		return calendar;
	}

	private static VEvent event(CalendarEntry entry) {
		VEvent vevent = new VEvent();
		vevent.setUid(entry.uid());
		vevent.setSequence(entry.sequence());
		vevent.setDateTimeStamp(Date.from(entry.modified()));
		vevent.setCreated(Date.from(entry.created()));
		vevent.setLastModified(Date.from(entry.modified()));
		vevent.setDateStart(Date.from(entry.start()), true);
		vevent.setDateEnd(Date.from(entry.end()), true);
		vevent.setSummary(entry.summary());
		vevent.setDescription(entry.description());
		vevent.setUrl(URI.create(entry.url()).toString());
		vevent.setStatus(switch (entry.state()) {
			case TENTATIVE -> Status.tentative();
			case CONFIRMED -> Status.confirmed();
			case CANCELLED -> Status.cancelled();
		});
		if (entry.location() != null) {
			vevent.setLocation(entry.location());
		}
		if (entry.organizer() != null) {
			vevent.setOrganizer(new Organizer(entry.organizer().name(), entry.organizer().email()));
		}
		if (entry.attendee() != null) {
			Attendee attendee = new Attendee(entry.attendee().name(), entry.attendee().email());
			attendee.setParticipationStatus(ParticipationStatus.ACCEPTED);
			vevent.addAttendee(attendee);
		}
		return vevent;
	}

	private static String write(ICalendar calendar) {
		return Biweekly.write(calendar).version(ICalVersion.V2_0).go();
	}

}
