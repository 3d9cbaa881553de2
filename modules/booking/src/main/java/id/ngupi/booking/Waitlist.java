package id.ngupi.booking;

import java.time.Clock;
import java.util.List;

import id.ngupi.booking.internal.WaitlistStore;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.identity.AccountId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Waiting for a host who has no open time. When the host has time again (new hours, or a
 * booking cancelled, declined or expired), {@link BookingEvents.WaitlistTimesOpened} says
 * so, and whoever tells members takes the first in line with {@link #tellFirst}: at most
 * as many members as there are open slots, so nobody is sent for a time someone earlier
 * in line will take. The others keep waiting for the next opening. A member who was told
 * stays on the list with the time they were told (and is not told again); joining again
 * puts them at the back.
 */
@Service
public class Waitlist {

	private final WaitlistStore entries;

	private final OpenSlots openSlots;

	private final HostDirectory hosts;

	private final Clock clock;

	Waitlist(WaitlistStore entries, OpenSlots openSlots, HostDirectory hosts, Clock clock) {
		this.entries = entries;
		this.openSlots = openSlots;
		this.hosts = hosts;
		this.clock = clock;
	}

	/**
	 * Puts the member on the host's waitlist, only while the host has no open slot within
	 * their offerings' horizons. Joining twice keeps the first place in line.
	 */
	@Transactional
	public JoinOutcome join(AccountId member, AccountId host) {
		if (member.equals(host)) {
			return JoinOutcome.OWN_HOST;
		}
		if (this.hosts.find(host).filter(HostProfile::listed).isEmpty()) {
			return JoinOutcome.NOT_HOSTING;
		}
		if (!this.openSlots.nextOpen(List.of(host)).isEmpty()) {
			return JoinOutcome.TIMES_OPEN;
		}
		this.entries.join(host, member, this.clock.instant());
		return JoinOutcome.JOINED;
	}

	/**
	 * Takes the member off the host's waitlist; nothing happens if they were not on it.
	 */
	@Transactional
	public void leave(AccountId member, AccountId host) {
		this.entries.leave(host, member);
	}

	/** Whether the member waits for the host and has not been told of new times yet. */
	@Transactional(readOnly = true)
	public boolean isWaiting(AccountId member, AccountId host) {
		return this.entries.waiting(host, member);
	}

	/**
	 * Marks up to {@code limit} of the host's waiting members as told, first come first
	 * served, and returns them in the order they joined. It joins the caller's
	 * transaction: call it in the one that records what they are told, so that a member
	 * is marked told only together with that record. Members another transaction is
	 * telling are skipped, so nobody is told twice for one opening.
	 */
	@Transactional
	public List<AccountId> tellFirst(AccountId host, int limit) {
		return (limit < 1) ? List.of() : this.entries.tellFirst(host, limit, this.clock.instant());
	}

	/**
	 * Everyone on the host's waitlist, in the order they joined, whether or not they were
	 * told of open times since. For whoever tells them of something everyone may take
	 * part in alike (a round): it marks nobody told, so each keeps their place in line
	 * for the host's next open times.
	 */
	@Transactional(readOnly = true)
	public List<AccountId> everyone(AccountId host) {
		return this.entries.everyone(host);
	}

	/** How joining a waitlist ended. */
	public enum JoinOutcome {

		/** The member waits (or already did). */
		JOINED,

		/** The host has open times: book one instead. */
		TIMES_OPEN,

		/** Nobody waits for themselves. */
		OWN_HOST,

		/** The member does not host, is paused or suspended. */
		NOT_HOSTING

	}

}
