package id.ngupi.rounds;

import java.util.List;

/**
 * How a settled round was decided, for anyone to check: the seed, its hash published when
 * the window opened, and every applicant's place. For a draw the order is priority, then
 * sort key; anyone can recompute each key as SHA-256 of {@code seed:ticket}.
 *
 * @param round the round
 * @param entries everyone who applied, in order
 */
public record DrawRecord(Round round, List<DrawEntry> entries) {

	public DrawRecord {
		entries = List.copyOf(entries);
	}

	/** How many applied. */
	public int applicants() {
		return this.entries.size();
	}

}
