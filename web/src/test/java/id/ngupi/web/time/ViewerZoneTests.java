package id.ngupi.web.time;

import java.time.ZoneId;

import id.ngupi.identity.Account;
import id.ngupi.web.security.CurrentMemberFilter;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zone a page shows times in: the member's, else the browser's, else WIB.
 */
class ViewerZoneTests {

	@Test
	void aVisitorGetsTheZoneTheirBrowserReported() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(new Cookie(ViewerZone.COOKIE, "Asia/Makassar"));

		ViewerZone zone = ViewerZone.of(request);

		assertThat(zone.zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
		assertThat(zone.guessed()).as("nothing for the script to correct").isNull();
	}

	@Test
	void aVisitorWhoseBrowserSaidNothingUsefulGetsWib() {
		for (String value : new String[] { "Mars/Olympus", "", "../etc", "GMT+7 ", "asia/jakarta" }) {
			MockHttpServletRequest request = new MockHttpServletRequest();
			request.setCookies(new Cookie(ViewerZone.COOKIE, value));

			ViewerZone zone = ViewerZone.of(request);

			assertThat(zone.zone()).as(value).isEqualTo(ZoneId.of("Asia/Jakarta"));
			assertThat(zone.guessed()).isEqualTo("Asia/Jakarta");
		}
		assertThat(ViewerZone.of(new MockHttpServletRequest()).source()).isEqualTo(ViewerZone.Source.DEFAULT);
	}

	@Test
	void aMemberGetsTheZoneOfTheirProfileWhateverTheBrowserSays() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(new Cookie(ViewerZone.COOKIE, "Asia/Jayapura"));
		request.setAttribute(CurrentMemberFilter.ATTRIBUTE, new Account(null, null, "Anneke", "", null,
				ZoneId.of("Europe/Amsterdam"), "id", null, null, false, null, false, java.util.List.of(), null));

		ViewerZone zone = ViewerZone.of(request);

		assertThat(zone.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
		assertThat(zone.source()).isEqualTo(ViewerZone.Source.PROFILE);
		assertThat(zone.guessed()).isNull();
	}

}
