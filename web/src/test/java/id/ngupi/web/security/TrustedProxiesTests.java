package id.ngupi.web.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Which proxies are believed, and who the client is behind them: the forwarded chain read
 * from the right, never a host name looked up.
 */
class TrustedProxiesTests {

	private final TrustedProxies proxies = TrustedProxies.of("10.0.0.0/8, 127.0.0.1 ,fd00::/8");

	@Test
	void trustsAddressesInTheRangesOnly() {
		assertThat(this.proxies.trusts("10.1.2.3")).isTrue();
		assertThat(this.proxies.trusts("127.0.0.1")).isTrue();
		assertThat(this.proxies.trusts("fd12:3456::1")).isTrue();
		assertThat(this.proxies.trusts("11.0.0.1")).isFalse();
		assertThat(this.proxies.trusts("127.0.0.2")).isFalse();
		assertThat(this.proxies.trusts("2001:db8::1")).isFalse();
		assertThat(this.proxies.trusts("localhost")).as("a name is no address").isFalse();
		assertThat(this.proxies.trusts(null)).isFalse();
		assertThat(TrustedProxies.of("").any()).isFalse();
		assertThat(TrustedProxies.of("").trusts("127.0.0.1")).isFalse();
	}

	@Test
	void theClientIsTheFirstAddressFromTheRightThatIsNoProxy() {
		// nginx appends the address it was reached from to whatever the client sent
		assertThat(this.proxies.client("10.0.0.5", List.of("6.6.6.6, 203.0.113.7"))).isEqualTo("203.0.113.7");
		assertThat(this.proxies.client("10.0.0.5", List.of("6.6.6.6, 203.0.113.7, 10.0.0.9"))).as("past a second proxy")
			.isEqualTo("203.0.113.7");
		assertThat(this.proxies.client("10.0.0.5", List.of("6.6.6.6", "203.0.113.7")))
			.as("the header sent twice reads as one chain")
			.isEqualTo("203.0.113.7");
		assertThat(this.proxies.client("10.0.0.5", List.of("10.0.0.8, 10.0.0.9"))).as("only proxies: the leftmost")
			.isEqualTo("10.0.0.8");
		assertThat(this.proxies.client("10.0.0.5", List.of())).as("no header: the proxy itself").isEqualTo("10.0.0.5");
	}

	@Test
	void aRequestNotFromAProxyIsItsOwnClientWhateverItForwards() {
		assertThat(this.proxies.client("203.0.113.7", List.of("1.2.3.4"))).isEqualTo("203.0.113.7");
	}

	@Test
	void anEntryThatIsNoAddressStopsTheReadingAtTheLastOneKnown() {
		assertThat(this.proxies.client("10.0.0.5", List.of("1.2.3.4, unknown"))).isEqualTo("10.0.0.5");
		assertThat(this.proxies.client("10.0.0.5", List.of("1.2.3.4, evil.example, 10.0.0.9"))).isEqualTo("10.0.0.9");
		assertThat(this.proxies.client("10.0.0.5", List.of("1.2.3.4, 300.1.1.1"))).isEqualTo("10.0.0.5");
		assertThat(this.proxies.client("10.0.0.5", List.of("1.2.3.4, 5.6.7.8\u0000"))).isEqualTo("10.0.0.5");
		assertThat(this.proxies.client("10.0.0.5", List.of(":::::"))).isEqualTo("10.0.0.5");
	}

	@Test
	void portsAndBracketsAreNoPartOfTheAddress() {
		assertThat(this.proxies.client("10.0.0.5", List.of("203.0.113.7:51234"))).isEqualTo("203.0.113.7");
		assertThat(this.proxies.client("10.0.0.5", List.of("[2001:db8::7]:443"))).isEqualTo("2001:db8::7");
		assertThat(this.proxies.client("10.0.0.5", List.of("2001:db8::7"))).isEqualTo("2001:db8::7");
	}

	@ParameterizedTest
	@ValueSource(strings = { "10.0.0.0/99", "proxy.example", "10.0.0", "1.2.3.4/x", "::1/200" })
	void aMalformedRangeIsRefusedByName(String range) {
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of("127.0.0.1," + range))
			.withMessageContaining("'" + range + "'")
			.withMessageContaining("NGUPI_TRUSTED_PROXIES");
	}

}
