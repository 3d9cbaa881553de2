package id.ngupi.booking;

/**
 * Thrown when a member acts on a booking they take no part in (or that does not exist):
 * to them it does not exist.
 */
public class BookingNotFoundException extends RuntimeException {

	public BookingNotFoundException(BookingId booking) {
		super("No such booking: " + booking);
	}

}
