package id.ngupi.web.calendar;

import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;

/**
 * What the waitlist fragment ({@code calendar/waitlist}) shows on the page of a host with
 * no open time: join or leave, or log in first.
 *
 * @param handle the host's handle
 * @param hostName the host's name
 * @param loggedIn whether the viewer is logged in
 * @param waiting whether the viewer waits for this host
 * @param notice what joining or leaving just did, if anything is to be said
 */
public record WaitlistBox(String handle, String hostName, boolean loggedIn, boolean waiting, Notice notice) {

	public String joinUrl() {
		return Links.waitlistJoin(this.handle);
	}

	public String leaveUrl() {
		return Links.waitlistLeave(this.handle);
	}

	/** The login page, coming back to the host's page. */
	public String loginUrl() {
		return Links.login(Links.profile(this.handle));
	}

	WaitlistBox with(Notice notice) {
		return new WaitlistBox(this.handle, this.hostName, this.loggedIn, this.waiting, notice);
	}

}
