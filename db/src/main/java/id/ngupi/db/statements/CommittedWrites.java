package id.ngupi.db.statements;

import java.util.Objects;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.ExecuteType;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an action once a transaction that wrote to one schema's tables through jOOQ has
 * committed (at once for a write outside a transaction), however many such writes it
 * made: what a module's short-lived cache of its own reads forgets itself by. Registered
 * as a bean, Boot's jOOQ configuration picks it up like any
 * {@link ExecuteListenerProvider}. Only this instance's writes are seen; another
 * instance's show when the cache expires.
 */
public final class CommittedWrites implements ExecuteListenerProvider, ExecuteListener {

	private final String quotedSchema;

	private final Runnable afterCommit;

	/** The transaction's resource that marks the action as already registered. */
	private final Object registered = new Object();

	public CommittedWrites(String schema, Runnable afterCommit) {
		this.quotedSchema = "\"" + Objects.requireNonNull(schema, "schema") + "\".";
		this.afterCommit = Objects.requireNonNull(afterCommit, "afterCommit");
	}

	@Override
	public ExecuteListener provide() {
		return this;
	}

	@Override
	public void executeEnd(ExecuteContext context) {
		String sql = context.sql();
		if (sql != null && sql.contains(this.quotedSchema)
				&& (context.type() == ExecuteType.WRITE || context.type() == ExecuteType.BATCH || writes(sql))) {
			written();
		}
	}

	/** Whether a statement jOOQ counts as a read writes: {@code insert … returning}. */
	private static boolean writes(String sql) {
		String start = sql.stripLeading();
		return start.regionMatches(true, 0, "insert", 0, 6) || start.regionMatches(true, 0, "update", 0, 6)
				|| start.regionMatches(true, 0, "delete", 0, 6) || start.regionMatches(true, 0, "merge", 0, 5);
	}

	private void written() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.afterCommit.run();
			return;
		}
		if (TransactionSynchronizationManager.hasResource(this.registered)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(this.registered, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(CommittedWrites.this.registered);
				if (status == STATUS_COMMITTED) {
					CommittedWrites.this.afterCommit.run();
				}
			}

		});
	}

}
