package id.ngupi.booking;

import java.time.Duration;
import java.util.Optional;

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

}
