package id.ngupi.hosting.internal;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A calendar is read only from the public internet: every loopback, private, link-local,
 * carrier-grade NAT, unique-local and multicast address is refused, also written as an
 * IPv4-mapped IPv6 address; and the address is shown again without its secret part.
 */
class CalendarFetcherTests {

	@Test
	void onlyPublicAddressesAreRead() throws Exception {
		for (String address : List.of("127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254",
				"100.64.0.1", "0.0.0.0", "198.18.0.1", "::1", "fd12:3456::1", "fe80::1", "::ffff:127.0.0.1",
				"::ffff:10.0.0.1", "224.0.0.1")) {
			assertThat(CalendarFetcher.isPublic(InetAddress.getByName(address))).as(address).isFalse();
		}
		for (String address : List.of("8.8.8.8", "140.82.112.3", "2001:4860:4860::8888")) {
			assertThat(CalendarFetcher.isPublic(InetAddress.getByName(address))).as(address).isTrue();
		}
	}

	@Test
	void theAddressIsShownWithoutItsSecretPart() {
		assertThat(CalendarFetcher
			.hint("https://calendar.google.com/calendar/ical/rina%40gmail.com/private-9f8e7d6c5b4a/basic.ics"))
			.isEqualTo("calendar.google.com/…/basic.ics")
			.doesNotContain("private");
		assertThat(
				CalendarFetcher.hint("https://outlook.office365.com/owa/calendar/abc/s3cr3tvaluehere1234/calendar.ics"))
			.isEqualTo("outlook.office365.com/…/calendar.ics");
	}

}
