package id.ngupi.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.AccountId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one rule for where a booking stands at a moment, which every list and page of
 * sessions shows: waiting for the host, coming, or history.
 */
class BookingPhaseTests {

	private static final Instant START = Instant.parse("2027-01-04T12:00:00Z");

	private static final Instant END = START.plus(Duration.ofMinutes(30));

	private static final Instant RESPOND_BY = START.minus(Duration.ofHours(1));

	@Test
	void aRequestWaitsForTheHostUntilItsDeadlineAndIsHistoryFromThen() {
		Booking pending = booking(BookingStatus.PENDING, RESPOND_BY, null);

		assertThat(pending.phase(RESPOND_BY.minusSeconds(1))).isEqualTo(BookingPhase.WAITING);
		assertThat(pending.answerOverdue(RESPOND_BY.minusSeconds(1))).isFalse();
		assertThat(pending.phase(RESPOND_BY)).as("expired, though the scheduled run has not marked it yet")
			.isEqualTo(BookingPhase.HISTORY);
		assertThat(pending.answerOverdue(RESPOND_BY)).isTrue();
	}

	@Test
	void aConfirmedSessionIsComingUntilItEndsEvenOnceStarted() {
		Booking confirmed = booking(BookingStatus.CONFIRMED, null, null);

		assertThat(confirmed.phase(START.minus(Duration.ofDays(3)))).isEqualTo(BookingPhase.COMING);
		assertThat(confirmed.phase(START.plusSeconds(60))).isEqualTo(BookingPhase.COMING);
		assertThat(confirmed.phase(END)).isEqualTo(BookingPhase.HISTORY);
	}

	@Test
	void aSessionCanBeMovedWhileItHoldsItsTimeAndHasNotStarted() {
		Booking confirmed = booking(BookingStatus.CONFIRMED, null, null);
		Booking pending = booking(BookingStatus.PENDING, RESPOND_BY, null);

		assertThat(confirmed.movable(START.minusSeconds(1))).isTrue();
		assertThat(confirmed.movable(START)).as("started").isFalse();
		assertThat(pending.movable(RESPOND_BY.minusSeconds(1))).isTrue();
		assertThat(pending.movable(RESPOND_BY)).as("expired").isFalse();
		assertThat(booking(BookingStatus.CANCELLED, null, null).movable(START.minus(Duration.ofDays(1)))).isFalse();
	}

	@Test
	void aSessionThatIsOffIsHistoryAlthoughItsTimeIsStillAhead() {
		Instant weekBefore = START.minus(Duration.ofDays(7));
		BookingId replacement = new BookingId(UUID.randomUUID());

		for (BookingStatus off : List.of(BookingStatus.CANCELLED, BookingStatus.DECLINED, BookingStatus.EXPIRED)) {
			assertThat(booking(off, null, null).phase(weekBefore)).as(off.name()).isEqualTo(BookingPhase.HISTORY);
		}
		Booking moved = booking(BookingStatus.CANCELLED, null, replacement);
		assertThat(moved.moved()).isTrue();
		assertThat(moved.phase(weekBefore)).isEqualTo(BookingPhase.HISTORY);
		assertThat(booking(BookingStatus.COMPLETED, null, null).phase(END.plusSeconds(1)))
			.isEqualTo(BookingPhase.HISTORY);
		assertThat(BookingPhase.HISTORY.current()).isFalse();
		assertThat(BookingPhase.WAITING.current()).isTrue();
		assertThat(BookingPhase.COMING.current()).isTrue();
	}

	private static Booking booking(BookingStatus status, Instant respondBy, BookingId rescheduledTo) {
		return new Booking(new BookingId(UUID.randomUUID()), new OfferingId(UUID.randomUUID()),
				new AccountId(UUID.randomUUID()), new AccountId(UUID.randomUUID()), START, END, status,
				List.of(new TopicSlug("karier")), Fixtures.ANSWER, respondBy, null, null, null, null, false, null,
				rescheduledTo, 0, START.minus(Duration.ofDays(10)), START.minus(Duration.ofDays(10)));
	}

}
