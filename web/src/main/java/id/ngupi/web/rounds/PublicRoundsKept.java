package id.ngupi.web.rounds;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import id.ngupi.db.statements.CommittedWrites;
import id.ngupi.db.statements.KeptReads;
import id.ngupi.identity.AccountId;
import id.ngupi.rounds.Round;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The hosts' rounds taking applications as {@link PublicRounds} read them, kept a few
 * seconds ({@code ngupi.host-pages.cache-for}) and forgotten once a write to the rounds'
 * tables commits on this instance. A bean of its own, depending on nothing, because
 * jOOQ's configuration needs its {@link CommittedWrites} before any facade can be made.
 */
@Component
class PublicRoundsKept {

	private final KeptReads<Set<AccountId>, Map<AccountId, Round>> taking;

	PublicRoundsKept(@Value("${ngupi.host-pages.cache-for:PT5S}") Duration keep) {
		this.taking = new KeptReads<>(keep, 5_000);
	}

	Map<AccountId, Round> taking(Collection<AccountId> hosts,
			Function<Collection<AccountId>, Map<AccountId, Round>> read) {
		return this.taking.get(Set.copyOf(hosts), read::apply);
	}

	@Bean
	static CommittedWrites publicRoundsForgetRoundsWrites(PublicRoundsKept kept) {
		return new CommittedWrites("rounds", kept.taking::forget);
	}

}
