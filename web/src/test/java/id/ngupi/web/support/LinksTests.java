package id.ngupi.web.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The URLs of discovery, topics and host pages: tidy, shareable, and encoded so that what
 * a visitor typed comes back as typed.
 */
class LinksTests {

	@Test
	void leavesEmptyFiltersAndTheFirstPageOut() {
		assertThat(Links.discovery("/", null, null, null, false, 1)).isEqualTo("/");
		assertThat(Links.discovery("/", "", "frontend", "id", false, 1)).isEqualTo("/?topic=frontend&lang=id");
		assertThat(Links.discovery("/", "react", null, null, true, 2)).isEqualTo("/?q=react&week=1&page=2");
		assertThat(Links.discovery("/topics/data", null, null, "en", false, 3))
			.isEqualTo("/topics/data?lang=en&page=3");
	}

	@Test
	void encodesEverythingThatMeansSomethingInAQuery() {
		assertThat(Links.discovery("/", "C++ & C#=1 50% é", null, null, false, 1))
			.isEqualTo("/?q=C%2B%2B%20%26%20C%23%3D1%2050%25%20%C3%A9");
		assertThat(Links.shareOnX("Ngobrol santai: C++ & Rust?", "https://ngupi.id/@sari"))
			.isEqualTo("https://x.com/intent/post?text=Ngobrol%20santai%3A%20C%2B%2B%20%26%20Rust%3F"
					+ "&url=https%3A%2F%2Fngupi.id%2F%40sari");
	}

	@Test
	void namesTopicsAndOfferings() {
		assertThat(Links.topic("machine-learning")).isEqualTo("/topics/machine-learning");
		assertThat(Links.offering("Sari_W", "2f1c7c4e-0000-4000-8000-000000000001"))
			.isEqualTo("/@Sari_W/ngupi/2f1c7c4e-0000-4000-8000-000000000001");
	}

}
