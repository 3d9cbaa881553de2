package id.ngupi.moderation;

import java.util.List;

import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo run starts with two reports waiting for the admins, one about a profile and one
 * about a testimonial on a host's page, filed once however often the demo starts.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("demo")
class DemoReportsTests {

	private final Reports reports;

	private final Accounts accounts;

	private final ApplicationContext context;

	DemoReportsTests(@Autowired Reports reports, @Autowired Accounts accounts, @Autowired ApplicationContext context) {
		this.reports = reports;
		this.accounts = accounts;
		this.context = context;
	}

	@Test
	void aDemoRunStartsWithAProfileAndATestimonialReportedOnce() throws Exception {
		List<Report> profile = filedBy("eko-wibowo");
		List<Report> testimonial = filedBy("rina-hutapea");

		assertThat(profile).singleElement().satisfies(report -> {
			assertThat(report.target().kind()).isEqualTo(TargetKind.PROFILE);
			assertThat(report.open()).isTrue();
		});
		assertThat(testimonial).singleElement().satisfies(report -> {
			assertThat(report.target().kind()).isEqualTo(TargetKind.FEEDBACK);
			assertThat(report.open()).isTrue();
		});

		this.context.getBean("demoReports", ApplicationRunner.class).run(null);

		assertThat(filedBy("eko-wibowo")).hasSize(1);
		assertThat(filedBy("rina-hutapea")).hasSize(1);
	}

	private List<Report> filedBy(String handle) {
		AccountId member = this.accounts.findByHandle(handle).orElseThrow().id();
		return this.reports.filedBy(member);
	}

}
