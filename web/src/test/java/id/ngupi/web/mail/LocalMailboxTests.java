package id.ngupi.web.mail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import id.ngupi.booking.BookingOutcome;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.Offering;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;
import id.ngupi.notifications.Inbox;
import id.ngupi.notifications.LocalMail;
import id.ngupi.notifications.LocalMailbox;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.booking.Bookers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The local run's mailbox at {@code /dev/mail}, in the {@code local} profile (its own
 * Spring context, so everything that needs that profile belongs in this class): without a
 * mail server, every mail is kept and shown with its text, its HTML and its attachments.
 * That the page does not exist outside the profile is checked by
 * {@code EmailSettingsTests}.
 */
@NgupiWebTest
@ActiveProfiles("local")
class LocalMailboxTests {

	private final MockMvc mvc;

	private final Accounts accounts;

	private final LocalMailbox mails;

	LocalMailboxTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired LocalMailbox mails) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.mails = mails;
	}

	@Test
	void showsTheMailsALocalRunWouldHaveSentWithTheirLinks() throws Exception {
		Account member = this.accounts
			.signIn(new ProviderIdentity(Provider.GITHUB, "local-mailbox-1", "kotaksurat", "Kotak Surat", null));
		this.accounts.requestEmailVerification(member.id(), "kotak@example.com");
		mailTo("kotak@example.com", "Verifikasi");

		Element mail = page().select(".dev-mail__mail")
			.stream()
			.filter(found -> found.selectFirst(".dev-mail__to").text().equals("kotak@example.com"))
			.findFirst()
			.orElseThrow();
		assertThat(mail.selectFirst(".dev-mail__subject").text()).isEqualTo("Verifikasi alamat emailmu di Ngupi");
		assertThat(mail.selectFirst(".dev-mail__link").attr("href"))
			.startsWith("http://localhost:8080/settings/email/verify?token=");
		assertThat(mail.selectFirst(".dev-mail__text").wholeText())
			.contains(mail.selectFirst(".dev-mail__link").attr("href"));
	}

	@Test
	void showsABookingMailsHtmlAndItsCalendarFile(@Autowired Hosting hosting, @Autowired OpenSlots openSlots,
			@Autowired Bookings bookings) throws Exception {
		Bookers bookers = new Bookers(this.accounts, hosting, openSlots);
		Bookers.Host host = bookers.host("kotakhost", false);
		this.accounts.requestEmailVerification(host.account().id(), "kotak-host@example.com");
		String link = mailTo("kotak-host@example.com", "Verifikasi").links().get(0);
		this.accounts.verifyEmail(UriComponentsBuilder.fromUriString(link).build().getQueryParams().getFirst("token"));
		Account attendee = bookers.member("kotakpeserta");

		bookings.book(attendee.id(), new BookingRequest(host.offering(), bookers.open(host).get(0), List.of("karier"),
				Bookers.ANSWER, UUID.randomUUID()));

		LocalMail booked = mailTo("kotak-host@example.com", "memesan sesimu");
		Element shown = page().select(".dev-mail__mail")
			.stream()
			.filter(found -> found.selectFirst(".dev-mail__subject").text().equals(booked.subject()))
			.findFirst()
			.orElseThrow();
		assertThat(shown.selectFirst(".dev-mail__unsubscribe").text())
			.startsWith("<http://localhost:8080/kabar/berhenti/");

		MockHttpServletResponse html = this.mvc.perform(get(shown.selectFirst("a.dev-mail__html").attr("href")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(html.getHeader("Content-Security-Policy")).isEqualTo(DevMailController.MAIL_POLICY);
		assertThat(Jsoup.parse(html.getContentAsString(StandardCharsets.UTF_8)).selectFirst("h1").text())
			.isEqualTo(booked.subject());

		Element file = shown.selectFirst(".dev-mail__attachments a");
		assertThat(file.text()).isEqualTo("ngupi.ics");
		MockHttpServletResponse calendar = this.mvc.perform(get(file.attr("href")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(calendar.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
		assertThat(calendar.getContentAsString(StandardCharsets.UTF_8)).contains("BEGIN:VCALENDAR", "METHOD:REQUEST");
		this.mvc.perform(get("/dev/mail/nothing/html")).andExpect(status().isNotFound());
	}

	@Test
	void bookingAsADemoMemberFillsTheMailboxAndTheHostsInboxAtOnce(@Autowired Bookings bookings,
			@Autowired OpenSlots openSlots, @Autowired HostDirectory hosts, @Autowired Inbox inbox) {
		List<Account> demo = this.accounts.demoAccounts();
		assertThat(demo).isNotEmpty()
			.allMatch(Account::emailVerified)
			.allMatch(member -> member.email().equals(member.handle().value() + "@demo.ngupi.example"));
		Account attendee = this.accounts
			.signIn(new ProviderIdentity(Provider.GITHUB, "local-mailbox-3", "tamudemo", "Tamu Demo", null));
		this.accounts.requestEmailVerification(attendee.id(), "tamu@example.com");
		this.accounts
			.verifyEmail(UriComponentsBuilder.fromUriString(mailTo("tamu@example.com", "Verifikasi").links().get(0))
				.build()
				.getQueryParams()
				.getFirst("token"));
		HostProfile host = hosts
			.find(demo.stream().filter(member -> hosts.hosts(member.id())).findFirst().orElseThrow().id())
			.orElseThrow();
		Offering offering = hosts.offerings(host.account()).get(0);
		int unread = inbox.unread(host.account());

		assertThat(bookings.book(attendee.id(),
				new BookingRequest(offering.id(), openSlots.of(offering.id()).get(0).start(),
						List.of(host.topics().get(0).slug().value()), Bookers.ANSWER, UUID.randomUUID())))
			.isInstanceOf(BookingOutcome.Booked.class);

		String hostAddress = host.handle() + "@demo.ngupi.example";
		String subject = offering.needsApproval() ? "Permintaan Ngupi dari Tamu Demo" : "Tamu Demo memesan sesimu";
		assertThat(mailTo(hostAddress, subject).attachments()).extracting(LocalMail.Attachment::name)
			.containsExactly("ngupi.ics");
		await().atMost(Duration.ofSeconds(10)).until(() -> inbox.unread(host.account()) > unread);
	}

	private Document page() throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/dev/mail"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private LocalMail mailTo(String address, String subject) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.mails.recent()
				.stream()
				.anyMatch(mail -> mail.to().equals(address) && mail.subject().contains(subject)));
		return this.mails.recent()
			.stream()
			.filter(mail -> mail.to().equals(address) && mail.subject().contains(subject))
			.findFirst()
			.orElseThrow();
	}

}
