package id.ngupi.db.statements;

import java.time.Duration;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Reads kept for a few seconds, at most {@code maximum} of them: what a page opened by
 * many at once would otherwise read again for each. A keep of zero (or less) keeps
 * nothing. {@link #forget()} is what a {@link CommittedWrites} runs when the tables they
 * came from change.
 *
 * @param <K> what a read is asked by
 * @param <V> what it answers
 */
public final class KeptReads<K, V> {

	private final Cache<K, V> kept;

	private final boolean enabled;

	public KeptReads(Duration keep, long maximum) {
		this.enabled = !keep.isZero() && !keep.isNegative();
		this.kept = Caffeine.newBuilder()
			.maximumSize(maximum)
			.expireAfterWrite(this.enabled ? keep : Duration.ZERO)
			.build();
	}

	/**
	 * The answer, as kept, or read now (once, however many ask at the same time) and
	 * kept.
	 */
	public V get(K key, Function<? super K, ? extends V> read) {
		return this.enabled ? this.kept.get(key, read) : read.apply(key);
	}

	/** Forgets every answer kept. */
	public void forget() {
		this.kept.invalidateAll();
	}

}
