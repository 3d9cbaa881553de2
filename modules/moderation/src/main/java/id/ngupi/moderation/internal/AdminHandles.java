package id.ngupi.moderation.internal;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import id.ngupi.identity.AccountId;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static id.ngupi.db.jooq.moderation.Tables.ADMIN_HANDLE;
import static id.ngupi.moderation.internal.ReportStore.at;

/**
 * Which account each admin handle of the configuration belongs to: the one that held it
 * when it was first seen as an admin's. Bindings never change, so each is read once per
 * instance and kept; binding happens in a transaction of its own (the caller's may be
 * read-only), and of two instances binding at once the first wins for both.
 */
@Repository
public class AdminHandles {

	private final DSLContext sql;

	private final TransactionTemplate own;

	private final Clock clock;

	private final Map<String, UUID> bound = new ConcurrentHashMap<>();

	AdminHandles(DSLContext sql, PlatformTransactionManager transactions, Clock clock) {
		this.sql = sql;
		this.clock = clock;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The account the handle belongs to as an admin's, binding it to this one if it is
	 * new.
	 */
	public AccountId holder(String handle, AccountId account) {
		UUID holder = this.bound.computeIfAbsent(handle, key -> this.own.execute(status -> {
			this.sql.insertInto(ADMIN_HANDLE)
				.set(ADMIN_HANDLE.HANDLE, key)
				.set(ADMIN_HANDLE.ACCOUNT_ID, account.value())
				.set(ADMIN_HANDLE.BOUND_AT, at(this.clock.instant()))
				.onConflictDoNothing()
				.execute();
			return this.sql.select(ADMIN_HANDLE.ACCOUNT_ID)
				.from(ADMIN_HANDLE)
				.where(ADMIN_HANDLE.HANDLE.eq(key))
				.fetchSingle(ADMIN_HANDLE.ACCOUNT_ID);
		}));
		return new AccountId(holder);
	}

}
