package id.ngupi.booking;

import java.util.Locale;

/**
 * Where a booking stands. Pending and confirmed bookings are live: they hold their time.
 */
public enum BookingStatus {

	/** Waiting for the host's approval. */
	PENDING,

	/** Taking place. */
	CONFIRMED,

	/** The host said no. */
	DECLINED,

	/** The host did not answer in time. */
	EXPIRED,

	/** Called off by either side. */
	CANCELLED,

	/** Took place. */
	COMPLETED;

	/** Whether it is a request waiting for the host's answer. */
	public boolean awaitingApproval() {
		return this == PENDING;
	}

	/** Whether the booking holds its time. */
	public boolean live() {
		return this == PENDING || this == CONFIRMED;
	}

	/** The value stored in the database. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static BookingStatus of(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
