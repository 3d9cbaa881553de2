package id.ngupi.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A linked login is shown as a link to its profile at the provider, and nowhere else. */
class ProviderTests {

	@Test
	void aUsernameIsOneEncodedPathSegmentOfTheProvidersSite() {
		assertThat(Provider.GITHUB.profileUrl("octo-cat")).isEqualTo("https://github.com/octo-cat");
		assertThat(Provider.TWITTER.profileUrl("rina_dev")).isEqualTo("https://x.com/rina_dev");
		assertThat(Provider.GITHUB.profileUrl("../login?next=/evil pal"))
			.isEqualTo("https://github.com/..%2Flogin%3Fnext%3D%2Fevil%20pal");
	}

}
