package id.ngupi.web.security;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import id.ngupi.db.statements.CommittedWrites;
import id.ngupi.db.statements.KeptReads;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The logged-in members' accounts, kept a few seconds ({@code ngupi.members.cache-for}, 5
 * s by default; zero keeps none) for {@link CurrentMemberFilter}: every page a member
 * opens starts with their account, and reading it (with its linked identities) was a
 * quarter of what a logged-in page cost. Forgotten once a write to identity's tables
 * commits on this instance, so a suspension, a deletion or an edited profile is seen on
 * the next request; another instance sees it within the keep.
 */
@Component
class KeptMembers {

	private final KeptReads<AccountId, Optional<Account>> accounts;

	KeptMembers(@Value("${ngupi.members.cache-for:PT5S}") Duration keep) {
		this.accounts = new KeptReads<>(keep, 10_000);
	}

	/** The member's account, as kept or read. */
	Optional<Account> find(AccountId member, Function<AccountId, Optional<Account>> read) {
		return this.accounts.get(member, read);
	}

	@Bean
	static CommittedWrites keptMembersForgetIdentityWrites(KeptMembers kept) {
		return new CommittedWrites("identity", kept.accounts::forget);
	}

}
