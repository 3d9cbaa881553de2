package id.ngupi.web.support;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Instants as forms and links carry them ({@code 2026-12-07T12:00:00Z}): anything else,
 * missing included, is none, never an exception.
 */
public final class Instants {

	private Instants() {
	}

	public static Optional<Instant> parse(String text) {
		try {
			return Optional.ofNullable(text).map(String::strip).map(Instant::parse);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
