package id.ngupi.web.discovery;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import id.ngupi.db.statements.CommittedWrites;
import id.ngupi.db.statements.KeptReads;
import id.ngupi.hosting.HostProfile;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The two lookups a member's public page starts with, kept a few seconds
 * ({@code ngupi.host-pages.cache-for}) like the rest of what it reads: the account by its
 * handle (forgotten once a write to identity's tables commits on this instance, a
 * suspension included) and the host profile (forgotten with any write to hosting's). Only
 * the public pages ask here; everything that decides (booking, settings, the login) reads
 * afresh.
 */
@Component
public class KeptProfiles {

	private final KeptReads<String, Optional<Account>> accounts;

	private final KeptReads<AccountId, Optional<HostProfile>> hosts;

	KeptProfiles(@Value("${ngupi.host-pages.cache-for:PT5S}") Duration keep) {
		this.accounts = new KeptReads<>(keep, 5_000);
		this.hosts = new KeptReads<>(keep, 5_000);
	}

	/** The account of the handle, whatever its case, as kept or read. */
	public Optional<Account> account(String handle, Supplier<Optional<Account>> read) {
		return this.accounts.get(handle.toLowerCase(Locale.ROOT), key -> read.get());
	}

	/** The member's host profile, as kept or read. */
	Optional<HostProfile> host(AccountId member, Supplier<Optional<HostProfile>> read) {
		return this.hosts.get(member, key -> read.get());
	}

	@Bean
	static CommittedWrites keptProfilesForgetIdentityWrites(KeptProfiles kept) {
		return new CommittedWrites("identity", kept.accounts::forget);
	}

	@Bean
	static CommittedWrites keptProfilesForgetHostingWrites(KeptProfiles kept) {
		return new CommittedWrites("hosting", kept.hosts::forget);
	}

}
