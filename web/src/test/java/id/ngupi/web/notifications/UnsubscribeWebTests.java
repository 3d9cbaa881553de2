package id.ngupi.web.notifications;

import java.nio.charset.StandardCharsets;

import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.notifications.Inbox;
import id.ngupi.notifications.LocalMail;
import id.ngupi.notifications.LocalMailbox;
import id.ngupi.notifications.MailPreferences;
import id.ngupi.notifications.NotificationKind;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.booking.Bookers;
import id.ngupi.web.profile.Members;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Which kinds are mailed: the preferences page, and the one-click unsubscribe of every
 * optional mail (RFC 8058), which works without a session and without a CSRF token; no
 * other state change does.
 */
@NgupiWebTest
class UnsubscribeWebTests {

	private final MockMvc mvc;

	private final MailPreferences preferences;

	private final Readers readers;

	UnsubscribeWebTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Bookings bookings, @Autowired LocalMailbox mailbox,
			@Autowired Inbox inbox, @Autowired MailPreferences preferences) {
		this.mvc = mvc;
		this.preferences = preferences;
		this.readers = new Readers(accounts, hosting, openSlots, bookings, mailbox, inbox);
	}

	@Test
	void oneClickUnsubscribesWithoutASessionOrACsrfToken() throws Exception {
		Bookers.Host host = this.readers.host("berhenti", true);
		this.readers.book(this.readers.member("pemesan"), host);
		LocalMail mail = this.readers.mail(host.account().handle().value() + "@example.com", "memesan sesimu");
		assertThat(mail.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
		String url = mail.listUnsubscribe().substring(1, mail.listUnsubscribe().length() - 1);
		String path = url.substring("http://localhost:8080".length());

		MockHttpServletResponse asked = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(asked.getCookie("NGUPI_SESSION")).as("opening the link makes no session").isNull();
		Document page = Jsoup.parse(asked.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.selectFirst("form").attr("action")).isEqualTo(path);
		assertThat(page.select("input[name=_csrf]")).isEmpty();
		assertThat(mailed(host.account(), NotificationKind.BOOKING_CONFIRMED)).as("opening it only asks").isTrue();

		this.mvc
			.perform(
					post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk());

		assertThat(mailed(host.account(), NotificationKind.BOOKING_CONFIRMED)).isFalse();
		assertThat(mailed(host.account(), NotificationKind.BOOKING_CANCELLED)).as("only that kind").isTrue();
		this.mvc.perform(post(path)).andExpect(status().isOk());
	}

	@Test
	void aTokenNotSignedHereChangesNothing() throws Exception {
		Bookers.Host host = this.readers.host("palsu", true);
		this.readers.book(this.readers.member("pemesan"), host);
		LocalMail mail = this.readers.mail(host.account().handle().value() + "@example.com", "memesan sesimu");
		String path = mail.listUnsubscribe()
			.substring(1, mail.listUnsubscribe().length() - 1)
			.substring("http://localhost:8080".length());
		String forged = path.substring(0, path.length() - 2) + (path.endsWith("AA") ? "BB" : "AA");

		this.mvc.perform(post(forged)).andExpect(status().isNotFound());
		this.mvc.perform(get(forged)).andExpect(status().isNotFound());
		this.mvc.perform(post("/kabar/berhenti/bukan-token")).andExpect(status().isNotFound());
		assertThat(mailed(host.account(), NotificationKind.BOOKING_CONFIRMED)).isTrue();
	}

	@Test
	void nothingElseGoesWithoutACsrfToken() throws Exception {
		Account member = this.readers.member("tanpatoken");

		this.mvc.perform(post("/kabar/pilihan").param("mail", "reminder_1h").with(Members.as(member)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/kabar/baca-semua").with(Members.as(member))).andExpect(status().isForbidden());
		this.mvc.perform(post("/kabar/berhenti/abc/lagi")).andExpect(status().isForbidden());
		this.mvc.perform(post("/kabar/berhenti")).andExpect(status().isForbidden());
		assertThat(mailed(member, NotificationKind.BOOKING_CONFIRMED)).isTrue();
	}

	@Test
	void thePreferencesPageTurnsKindsOffAndOnAgain() throws Exception {
		Account member = this.readers.member("pilihan");
		Document page = page(member);
		assertThat(page.select("input[name=mail]")).hasSize(NotificationKind.optionalKinds().size())
			.allMatch(box -> box.hasAttr("checked"));
		assertThat(page.selectFirst("label[for=mail-reminder_1h]").text()).isEqualTo("Pengingat sejam sebelum sesi");

		this.mvc
			.perform(post("/kabar/pilihan").param("mail", "booking_requested", "reminder_24h", "bukan-jenis")
				.with(Members.as(member))
				.with(csrf()))
			.andExpect(redirectedUrl("/kabar/pilihan"));

		assertThat(mailed(member, NotificationKind.BOOKING_REQUESTED)).isTrue();
		assertThat(mailed(member, NotificationKind.REMINDER_24H)).isTrue();
		assertThat(mailed(member, NotificationKind.REMINDER_1H)).isFalse();
		assertThat(page(member).selectFirst("input[value=reminder_1h]").hasAttr("checked")).isFalse();
		this.mvc.perform(post("/kabar/pilihan").with(Members.as(member)).with(csrf()))
			.andExpect(redirectedUrl("/kabar/pilihan"));
		assertThat(mailed(member, NotificationKind.REMINDER_24H)).as("nothing ticked, nothing mailed").isFalse();
	}

	private boolean mailed(Account member, NotificationKind kind) {
		return this.preferences.of(member.id()).get(kind);
	}

	private Document page(Account member) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/kabar/pilihan").with(Members.as(member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
