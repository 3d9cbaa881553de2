package id.ngupi.web.rounds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.ngupi.rounds.ApplicationId;

/**
 * What the host's round forms send, as typed values: dates and times of the host's zone,
 * the picks' order. Text that is not one is empty, for the form to say so; nothing here
 * decides a rule of rounds.
 */
final class HostRoundInput {

	private HostRoundInput() {
	}

	/**
	 * The picks in the host's order: each typed order a whole number from 1 to the
	 * round's times, none twice, each next to an application id; empty when one is not.
	 */
	static Optional<List<ApplicationId>> picks(List<String> ids, List<String> orders, int slots) {
		if (ids.size() != orders.size()) {
			return Optional.empty();
		}
		Map<Integer, ApplicationId> byOrder = new HashMap<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < ids.size(); i++) {
			String order = orders.get(i).strip();
			if (order.isEmpty()) {
				continue;
			}
			Optional<ApplicationId> application = applicationId(ids.get(i));
			int rank;
			try {
				rank = Integer.parseInt(order);
			}
			catch (NumberFormatException notANumber) {
				return Optional.empty();
			}
			if (application.isEmpty() || rank < 1 || rank > slots || !seen.add(ids.get(i))
					|| byOrder.putIfAbsent(rank, application.get()) != null) {
				return Optional.empty();
			}
		}
		return Optional.of(byOrder.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
			.map(Map.Entry::getValue)
			.toList());
	}

	static Optional<ApplicationId> applicationId(String text) {
		try {
			return (text != null && text.length() == 36) ? Optional.of(new ApplicationId(UUID.fromString(text)))
					: Optional.empty();
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	/** A date and a time of the host's zone; empty when either is missing or no date. */
	static Optional<Instant> instant(String date, String time, ZoneId zone) {
		if (!typed(date) || !typed(time) || date.length() > 10 || time.length() > 8) {
			return Optional.empty();
		}
		try {
			LocalDateTime local = LocalDate.parse(date.strip()).atTime(LocalTime.parse(time.strip()));
			return Optional.of(ZonedDateTime.ofLocal(local, zone, null).toInstant());
		}
		catch (DateTimeParseException unreadable) {
			return Optional.empty();
		}
	}

	static boolean typed(String text) {
		return text != null && !text.isBlank();
	}

}
