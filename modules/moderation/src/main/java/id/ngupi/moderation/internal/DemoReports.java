package id.ngupi.moderation.internal;

import java.util.Optional;

import id.ngupi.feedback.PublicFeedback;
import id.ngupi.feedback.Testimonial;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.moderation.Admins;
import id.ngupi.moderation.ReportForm;
import id.ngupi.moderation.ReportReason;
import id.ngupi.moderation.Reports;
import id.ngupi.moderation.Target;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two reports waiting in a demo run, so the admins' queue has something to show: one
 * about a member's profile and one about a testimonial on a host's page. Filed once; a
 * run that finds any report by a demo reporter leaves things as they are. Exists only in
 * the {@code demo} profile.
 */
@Component
@Profile("demo")
@Order(6)
class DemoReports implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoReports.class);

	private static final String FIRST_REPORTER = "eko-wibowo";

	private static final String SECOND_REPORTER = "rina-hutapea";

	private final Accounts accounts;

	private final HostDirectory hosts;

	private final PublicFeedback feedback;

	private final Reports reports;

	private final Admins admins;

	DemoReports(Accounts accounts, HostDirectory hosts, PublicFeedback feedback, Reports reports, Admins admins) {
		this.admins = admins;
		this.accounts = accounts;
		this.hosts = hosts;
		this.feedback = feedback;
		this.reports = reports;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<AccountId> first = demo(FIRST_REPORTER);
		Optional<AccountId> second = demo(SECOND_REPORTER);
		if (first.isEmpty() || second.isEmpty() || !this.reports.filedBy(first.get()).isEmpty()) {
			return;
		}
		demo("reza-pahlevi").ifPresent(member -> this.reports.file(first.get(), Target.profile(member),
				new ReportForm(ReportReason.IMPERSONATION, "Fotonya sama dengan foto seorang pembicara konferensi. "
						+ "Apa benar ini akunnya sendiri? Tolong dicek.")));
		this.accounts.demoAccounts()
			.stream()
			.filter(host -> this.hosts.hosts(host.id()))
			.flatMap(host -> this.feedback.hostTrust(host.id()).testimonials().stream())
			.filter(testimonial -> !testimonial.author().equals(second.get()))
			// a case about an admin is left to another admin: not the demo's first case
			.filter(testimonial -> !this.admins.isAdmin(testimonial.author()))
			.findFirst()
			.map((Testimonial testimonial) -> this.reports.file(second.get(),
					Target.feedback(testimonial.booking(), testimonial.author()),
					new ReportForm(ReportReason.SPAM, "Testimoni ini seperti iklan kursus, bukan cerita sesi.")))
			.ifPresentOrElse(outcome -> logger.info("Demo reports filed: " + outcome),
					() -> logger.info("No demo report of a testimonial: no demo host shows one"));
	}

	private Optional<AccountId> demo(String handle) {
		return this.accounts.findByHandle(handle).filter(Account::demo).map(Account::id);
	}

}
