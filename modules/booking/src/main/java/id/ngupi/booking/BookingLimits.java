package id.ngupi.booking;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Fair use: how many upcoming live bookings an attendee may hold with one host and in
 * total. Set with {@code ngupi.booking.per-host} and {@code ngupi.booking.total}.
 *
 * @param perHost upcoming live bookings with one host
 * @param total upcoming live bookings altogether
 */
@ConfigurationProperties("ngupi.booking")
public record BookingLimits(Integer perHost, Integer total) {

	public BookingLimits {
		perHost = (perHost == null) ? 1 : perHost;
		total = (total == null) ? 3 : total;
	}

}
