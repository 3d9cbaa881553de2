package id.ngupi.booking;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.ngupi.booking.internal.BookingStore;
import id.ngupi.booking.internal.BookingStore.RecordRow;
import id.ngupi.identity.AccountId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's record, from what really happened: sessions held and attended, people met,
 * and how quickly they usually approve a request. Read in one statement, whatever the
 * member's history.
 */
@Service
public class MemberRecords {

	/** How many approvals there must be before an answering time is shown. */
	public static final int APPROVALS_NEEDED = 3;

	/** How many of the latest approvals the answering time is taken from. */
	static final int APPROVALS_COUNTED = 20;

	private final BookingStore bookings;

	MemberRecords(BookingStore bookings) {
		this.bookings = bookings;
	}

	@Transactional(readOnly = true)
	public MemberRecord of(AccountId member) {
		RecordRow row = this.bookings.record(member, APPROVALS_COUNTED);
		Optional<Duration> usual = (row.approvals() >= APPROVALS_NEEDED && row.medianApprovalSeconds() != null)
				? Optional.of(Duration.ofSeconds(Math.round(row.medianApprovalSeconds()))) : Optional.empty();
		return new MemberRecord(row.held(), row.met(), row.attended(), usual);
	}

	/**
	 * Whether each member already had a Ngupi that took place with the host, and with
	 * anyone: what a round puts first-timers first by. One statement.
	 */
	@Transactional(readOnly = true)
	public Map<AccountId, PastSessions> pastSessions(AccountId host, Collection<AccountId> members) {
		if (members.isEmpty()) {
			return Map.of();
		}
		Map<UUID, int[]> attended = this.bookings.attended(host,
				members.stream().map(AccountId::value).distinct().toList());
		Map<AccountId, PastSessions> past = new HashMap<>();
		for (AccountId member : members) {
			int[] counts = attended.getOrDefault(member.value(), new int[2]);
			past.put(member, new PastSessions(counts[0], counts[1]));
		}
		return past;
	}

	/**
	 * The sessions that took place a member attended.
	 *
	 * @param withHost with one host
	 * @param withAnyone with anyone, that host included
	 */
	public record PastSessions(int withHost, int withAnyone) {
	}

}
