package id.ngupi.web.discovery;

import java.util.List;

/**
 * What a host's pages and the booking form say to an attendee who holds as many upcoming
 * sessions with the host as allowed, instead of offering times that would be refused:
 * which sessions they have, and where to see or move each.
 *
 * @param hostName the host's name
 * @param sessions the attendee's upcoming sessions with the host, soonest first
 */
public record HostLimitNotice(String hostName, List<HeldSession> sessions) {

	public HostLimitNotice {
		sessions = List.copyOf(sessions);
	}

	/**
	 * One session the attendee holds with the host.
	 *
	 * @param datetime its start, for {@code <time datetime>}
	 * @param time its start in the viewer's zone ({@code Sen, 7 Des 19.00 WIB})
	 * @param waiting whether it is a request still waiting for the host's answer
	 * @param href its page
	 * @param rescheduleHref the step that moves it to another time, or {@code null} when
	 * it cannot be moved
	 */
	public record HeldSession(String datetime, String time, boolean waiting, String href, String rescheduleHref) {
	}

}
