package id.ngupi.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Handle;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import static id.ngupi.db.jooq.identity.Tables.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why the store compares handles through {@link AccountStore#citext}: the generated jOOQ
 * field of a {@code citext} column is a {@code VARCHAR}, so a plain {@code eq} binds a
 * {@code varchar}, PostgreSQL picks {@code text = text}, and the comparison is
 * case-sensitive after all. And that an account read in one statement, its identities
 * nested, comes back exactly as its rows hold it.
 */
@ApplicationModuleTest
class AccountStoreTests {

	private final AccountStore store;

	private final DSLContext sql;

	AccountStoreTests(@Autowired AccountStore store, @Autowired DSLContext sql) {
		this.store = store;
		this.sql = sql;
	}

	@Test
	void comparesHandlesCaseInsensitivelyWhereAPlainJooqComparisonWouldNot() {
		AccountId id = this.store.create(new Handle("Kopi-Susu"), "Kopi Susu", null, false, Instant.now());

		assertThat(this.sql.fetchExists(ACCOUNT, ACCOUNT.HANDLE.eq("KOPI-SUSU")))
			.as("a varchar bind compares case-sensitively, even against citext")
			.isFalse();
		assertThat(this.sql.fetchExists(ACCOUNT, ACCOUNT.HANDLE.eq(AccountStore.citext("KOPI-SUSU")))).isTrue();
		assertThat(this.store.findByHandle("kopi-susu")).map(account -> account.id()).contains(id);
		assertThat(this.store.handleTaken("KOPI-susu", new AccountId(UUID.randomUUID()))).isTrue();
		assertThat(this.store.handleTaken("KOPI-susu", id)).as("a member's own handle").isFalse();
	}

	/**
	 * The identities travel as JSON inside the account's row: their order, times to the
	 * microsecond, a missing last login and any text in a username must survive that.
	 */
	@Test
	void readsAnAccountWithItsIdentitiesOldestLinkFirstWhicheverWayItIsFound() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Instant created = Instant.parse("2026-03-01T08:00:00.123456Z");
		AccountId id = this.store.create(new Handle("susu-" + suffix), "Susu", null, false, created);
		Instant later = Instant.parse("2026-03-02T09:30:00.654321Z");
		Instant earlier = Instant.parse("2026-03-01T08:00:00.000001Z");
		ProviderIdentity github = new ProviderIdentity(Provider.GITHUB, "gh-" + suffix, "susu-" + suffix, null, null);
		ProviderIdentity twitter = new ProviderIdentity(Provider.TWITTER, "tw-" + suffix, "Kopi \"Susu\" ☕ \\ {}", null,
				null);
		assertThat(this.store.link(id, github, later, true)).isTrue();
		assertThat(this.store.link(id, twitter, earlier, false)).isTrue();

		Account found = this.store.find(id).orElseThrow();

		assertThat(found.identities()).containsExactly(
				new Account.LinkedIdentity(Provider.TWITTER, "tw-" + suffix, twitter.username(), earlier, null),
				new Account.LinkedIdentity(Provider.GITHUB, "gh-" + suffix, github.username(), later, later));
		assertThat(found.id()).isEqualTo(id);
		assertThat(found.handle().value()).isEqualTo("susu-" + suffix);
		assertThat(found.createdAt()).isEqualTo(created);
		assertThat(this.store.findByHandle("SUSU-" + suffix)).contains(found);
		assertThat(this.store.findAll(List.of(id))).containsExactly(found);
		assertThat(this.store.find(new AccountId(UUID.randomUUID()))).isEmpty();
	}

}
