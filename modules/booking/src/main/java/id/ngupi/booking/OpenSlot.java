package id.ngupi.booking;

import java.time.Instant;

import id.ngupi.hosting.OfferingId;

/**
 * A time an offering can still be booked.
 *
 * @param offering the offering
 * @param start when the session would start
 * @param end when it would end
 */
public record OpenSlot(OfferingId offering, Instant start, Instant end) {
}
