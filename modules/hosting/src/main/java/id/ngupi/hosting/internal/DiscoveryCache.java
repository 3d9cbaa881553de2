package id.ngupi.hosting.internal;

import java.time.Duration;
import java.util.function.Function;

import id.ngupi.db.statements.CommittedWrites;
import id.ngupi.db.statements.KeptReads;
import id.ngupi.hosting.DiscoveryPage;
import id.ngupi.hosting.DiscoveryQuery;
import org.jooq.ExecuteListenerProvider;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Discovery's pages, kept for a few seconds ({@code ngupi.discovery.cache-for}, 5 s by
 * default; zero keeps none): most visitors arrive from the same shared link and see the
 * same first page, which costs PostgreSQL a scan of every listed host to count them and
 * their topics. Every write to hosting's tables on this instance empties the cache once
 * its transaction has committed ({@link CommittedWrites}), so a host who saves their
 * profile or whose next open time moves sees it at once; another instance's writes, or a
 * page computed while a write commits, show within the few seconds. A card's time is
 * checked again when it is clicked ({@code OpenSlots.closed}), so a time kept here is
 * never booked twice.
 */
@Component
public class DiscoveryCache {

	private final KeptReads<DiscoveryQuery, DiscoveryPage> pages;

	DiscoveryCache(@Value("${ngupi.discovery.cache-for:PT5S}") Duration keep) {
		this.pages = new KeptReads<>(keep, 1_000);
	}

	/** The page of the query, as kept, or computed and kept. */
	public DiscoveryPage get(DiscoveryQuery query, Function<DiscoveryQuery, DiscoveryPage> compute) {
		return this.pages.get(query, compute);
	}

	void forget() {
		this.pages.forget();
	}

	// declared as jOOQ's type: a module test leaves out bean methods of db's types
	@Bean
	static ExecuteListenerProvider discoveryForgetsHostingWrites(DiscoveryCache pages) {
		return new CommittedWrites("hosting", pages::forget);
	}

}
