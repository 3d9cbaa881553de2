package id.ngupi.identity.internal;

import java.time.Instant;

import id.ngupi.identity.AccountId;
import id.ngupi.identity.Handle;
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
 * case-sensitive after all.
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
		assertThat(this.store.handleTaken("KOPI-susu", new AccountId(java.util.UUID.randomUUID()))).isTrue();
		assertThat(this.store.handleTaken("KOPI-susu", id)).as("a member's own handle").isFalse();
	}

}
