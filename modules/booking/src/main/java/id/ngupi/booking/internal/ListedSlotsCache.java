package id.ngupi.booking.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import id.ngupi.booking.OpenSlot;
import id.ngupi.db.statements.CommittedWrites;
import id.ngupi.db.statements.KeptReads;
import id.ngupi.hosting.Offering;
import id.ngupi.identity.AccountId;
import org.jooq.ExecuteListenerProvider;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The open slots a host's page lists, kept for a few seconds
 * ({@code ngupi.host-pages.cache-for}, 5 s by default; zero keeps none): a host's page
 * shared on X is opened by many at once, and each would read the host's availability,
 * bookings and quotas again. Every write to booking's or hosting's tables on this
 * instance empties it once its transaction has committed; another instance's writes show
 * within the few seconds. A slot clicked is checked again ({@code OpenSlots.closed}), and
 * booking decides in its own transaction, so a slot kept here is never booked twice.
 */
@Component
public class ListedSlotsCache {

	private final KeptReads<Key, Map<Offering, List<OpenSlot>>> listed;

	ListedSlotsCache(@Value("${ngupi.host-pages.cache-for:PT5S}") Duration keep) {
		this.listed = new KeptReads<>(keep, 2_000);
	}

	/** The host's listed slots, as kept, or read and kept. */
	public Map<Offering, List<OpenSlot>> get(AccountId host, int limit, Supplier<Map<Offering, List<OpenSlot>>> read) {
		return this.listed.get(new Key(host, limit), key -> read.get());
	}

	void forget() {
		this.listed.forget();
	}

	// declared as jOOQ's type: a module test leaves out bean methods of db's types
	@Bean
	static ExecuteListenerProvider listedSlotsForgetBookingWrites(ListedSlotsCache cache) {
		return new CommittedWrites("booking", cache::forget);
	}

	// declared as jOOQ's type: a module test leaves out bean methods of db's types
	@Bean
	static ExecuteListenerProvider listedSlotsForgetHostingWrites(ListedSlotsCache cache) {
		return new CommittedWrites("hosting", cache::forget);
	}

	private record Key(AccountId host, int limit) {
	}

}
