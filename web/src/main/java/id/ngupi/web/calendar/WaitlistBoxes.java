package id.ngupi.web.calendar;

import java.util.Optional;

import id.ngupi.booking.Waitlist;
import id.ngupi.identity.Account;

import org.springframework.stereotype.Component;

/**
 * The waitlist box of a host's page, for the page's controller to hand to
 * {@code calendar/waitlist} when the host has no open time.
 */
@Component
public class WaitlistBoxes {

	private final Waitlist waitlist;

	WaitlistBoxes(Waitlist waitlist) {
		this.waitlist = waitlist;
	}

	/**
	 * The box for the viewer (or a visitor, when {@code null}); empty on the host's own
	 * page.
	 */
	public Optional<WaitlistBox> forHost(Account viewer, Account host) {
		if (viewer != null && viewer.id().equals(host.id())) {
			return Optional.empty();
		}
		boolean waiting = viewer != null && this.waitlist.isWaiting(viewer.id(), host.id());
		return Optional.of(new WaitlistBox(host.handle().value(), host.displayName(), viewer != null, waiting, null));
	}

}
