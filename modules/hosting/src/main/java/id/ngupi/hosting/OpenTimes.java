package id.ngupi.hosting;

import java.util.Collection;
import java.util.Map;

import id.ngupi.identity.AccountId;

/**
 * When each host can next be booked, for discovery to sort and filter by. Hosting alone
 * knows only candidate times; the module that takes time away from them (bookings,
 * quotas) provides this as a bean, so that the listing agrees with the open slot a host's
 * card shows. Without such a bean hosting uses the earliest candidate time.
 * <p>
 * Called within the transaction that changed the host's data, and after each change that
 * module announces through {@link Hosting#refreshOpenTimes}.
 */
public interface OpenTimes {

	/**
	 * The earliest open time of each host, with its session type; a host without one
	 * (fully booked, or no hours within the horizon) is absent from the map.
	 */
	Map<AccountId, NextOpenTime> earliest(Collection<AccountId> hosts);

}
