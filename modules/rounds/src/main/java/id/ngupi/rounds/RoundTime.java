package id.ngupi.rounds;

import java.time.Instant;

/**
 * One of a round's times.
 *
 * @param start when the session would start
 * @param end when it would end
 */
public record RoundTime(Instant start, Instant end) {
}
