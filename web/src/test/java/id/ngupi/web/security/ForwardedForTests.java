package id.ngupi.web.security;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.ForwardedHeaderFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two forwarded-header filters as the server runs them, in their order: what the
 * application sees of the client's address and the scheme, from a proxy it trusts and
 * from anyone else.
 */
class ForwardedForTests {

	@Test
	void withoutTrustedProxiesTheSocketsAddressCountsWhateverTheHeadersSay() throws Exception {
		Seen seen = through("", "203.0.113.7", "1.2.3.4", "https");

		assertThat(seen.address()).isEqualTo("203.0.113.7");
		assertThat(seen.host()).isEqualTo("203.0.113.7");
		assertThat(seen.secure()).as("the connection's scheme").isFalse();
		assertThat(seen.forwardedFor()).as("dropped before anything reads it").isNull();
		assertThat(seen.forwardedProto()).isNull();
	}

	@Test
	void aRequestThatIsNoProxysIsItsOwnClientEvenWhenProxiesAreTrusted() throws Exception {
		Seen seen = through("10.0.0.0/8", "203.0.113.7", "1.2.3.4", "https");

		assertThat(seen.address()).isEqualTo("203.0.113.7");
		assertThat(seen.secure()).isFalse();
	}

	@Test
	void behindATrustedProxyTheClientIsTheAddressItWasReachedFrom() throws Exception {
		// the client's own header came first; the proxy appended the address it saw
		Seen seen = through("10.0.0.0/8", "10.0.0.5", "1.2.3.4, 203.0.113.7", "https");

		assertThat(seen.address()).as("not the forged leftmost entry").isEqualTo("203.0.113.7");
		assertThat(seen.secure()).as("the proxy's word on the scheme").isTrue();
		assertThat(seen.forwardedFor()).isNull();
	}

	/** What a request with these addresses and headers shows the application. */
	private static Seen through(String trusted, String peer, String forwardedFor, String forwardedProto)
			throws Exception {
		ForwardedHeaders headers = new ForwardedHeaders();
		Filter believed = headers.forwardedHeadersFromTrustedProxiesOnly(trusted).getFilter();
		ForwardedHeaderFilter scheme = headers.protocolForwardedHeader().getFilter();
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setRemoteAddr(peer);
		request.setRemoteHost(peer);
		request.addHeader("X-Forwarded-For", forwardedFor);
		request.addHeader("X-Forwarded-Proto", forwardedProto);
		AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
		believed.doFilter(request, new MockHttpServletResponse(),
				(afterBelieved, response) -> scheme.doFilter(afterBelieved, response, new MockFilterChain() {
					@Override
					public void doFilter(jakarta.servlet.ServletRequest last, jakarta.servlet.ServletResponse answer) {
						seen.set((HttpServletRequest) last);
					}
				}));
		HttpServletRequest app = seen.get();
		return new Seen(app.getRemoteAddr(), app.getRemoteHost(), app.isSecure(), app.getHeader("X-Forwarded-For"),
				app.getHeader("X-Forwarded-Proto"));
	}

	record Seen(String address, String host, boolean secure, String forwardedFor, String forwardedProto) {
	}

}
