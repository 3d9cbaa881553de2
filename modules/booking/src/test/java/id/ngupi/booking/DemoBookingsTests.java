package id.ngupi.booking;

import id.ngupi.identity.Accounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo run starts with a confirmed and a pending booking between demo members, so the
 * session pages are alive for whoever tries the demo.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("demo")
class DemoBookingsTests {

	private final Accounts accounts;

	private final BookingQueries queries;

	DemoBookingsTests(@Autowired Accounts accounts, @Autowired BookingQueries queries) {
		this.accounts = accounts;
		this.queries = queries;
	}

	@Test
	void demoMembersStartWithAConfirmedAndAPendingBooking() {
		var rina = this.accounts.findByHandle("rina-hutapea").orElseThrow().id();
		var budi = this.accounts.findByHandle("budi-santoso").orElseThrow().id();

		assertThat(this.queries.asAttendee(rina)).filteredOn(booking -> booking.status().live())
			.singleElement()
			.extracting(Booking::status)
			.isEqualTo(BookingStatus.CONFIRMED);
		assertThat(this.queries.asHost(budi)).filteredOn(booking -> booking.status().live())
			.singleElement()
			.extracting(Booking::status)
			.isEqualTo(BookingStatus.PENDING);
	}

}
