package id.ngupi.hosting;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo run's first start shows a living discovery page: a dozen demo hosts, each with
 * an offering, a meeting link for it and time within the coming week.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("demo")
class DemoHostsTests {

	private final HostDirectory directory;

	DemoHostsTests(@Autowired HostDirectory directory) {
		this.directory = directory;
	}

	@Test
	void aDemoRunStartsWithADozenListedDemoHostsWithTimeThisWeek() {
		DiscoveryPage page = this.directory.discover(new DiscoveryQuery(null, null, null, false, 1, 48));

		assertThat(page.total()).isEqualTo(12);
		assertThat(page.hosts()).allSatisfy(host -> {
			assertThat(host.topics()).isNotEmpty();
			assertThat(host.nextOpen().start()).isBetween(Instant.now(), Instant.now().plus(Duration.ofDays(8)));
			assertThat(this.directory.offering(host.nextOpen().offering())).as("the card's session type")
				.hasValueSatisfying(offering -> assertThat(offering.host()).isEqualTo(host.account()));
			HostProfile profile = this.directory.find(host.account()).orElseThrow();
			assertThat(this.directory.offerings(host.account())).isNotEmpty()
				.allSatisfy(offering -> assertThat(offering.meetingLink(profile)).as("somewhere to meet")
					.hasValueSatisfying(link -> assertThat(link).startsWith("https://")));
		});
		assertThat(page.hosts()).extracting(HostCard::handle).contains("sari", "nadia-rahmawati", "reza-pahlevi");
		assertThat(page.topics()).extracting(count -> count.topic().slug().value())
			.contains("frontend", "karier", "kerja-di-luar-negeri", "vue-js", "golang");
		assertThat(this.directory.findByHandle("rina-hutapea")).as("an attendee-only demo member").isEmpty();
		assertThat(page.topics().stream().mapToInt(DiscoveryPage.TopicCount::hosts).sum()).as("three topics each")
			.isEqualTo(36);
	}

}
