package id.ngupi.hosting;

import java.time.Instant;

/**
 * A time an offering could take place, before booking takes away what is already taken.
 *
 * @param start when the session would start
 * @param end when it would end
 */
public record CandidateTime(Instant start, Instant end) implements Comparable<CandidateTime> {

	public CandidateTime {
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("A candidate time ends after it starts");
		}
	}

	@Override
	public int compareTo(CandidateTime other) {
		return this.start.compareTo(other.start);
	}

}
