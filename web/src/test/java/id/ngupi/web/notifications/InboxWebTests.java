package id.ngupi.web.notifications;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.notifications.Inbox;
import id.ngupi.notifications.LocalMailbox;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.booking.Bookers;
import id.ngupi.web.profile.Members;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inbox ("Kabar") and the header's bell: the unread count on every page (a plain link
 * without JavaScript, refreshed by htmx once a minute), the list, marking one or all
 * read, and another member's notification as good as missing.
 */
@NgupiWebTest
class InboxWebTests {

	private final MockMvc mvc;

	private final Inbox inbox;

	private final Readers readers;

	InboxWebTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Bookings bookings, @Autowired LocalMailbox mailbox,
			@Autowired Inbox inbox) {
		this.mvc = mvc;
		this.inbox = inbox;
		this.readers = new Readers(accounts, hosting, openSlots, bookings, mailbox, inbox);
	}

	@Test
	void everyPageHeaderCarriesTheBellWithTheUnreadCount() throws Exception {
		Bookers.Host host = this.readers.host("lonceng", false);
		Account attendee = this.readers.member("pemesan");
		this.readers.book(attendee, host);

		Element bell = page("/", host.account()).selectFirst("header #bell");
		assertThat(bell.attr("href")).isEqualTo("/kabar");
		assertThat(bell.selectFirst(".bell__count").text()).isEqualTo("1");
		assertThat(bell.ownText() + " " + bell.selectFirst(".bell__count").text()).isEqualTo("Kabar 1");
		assertThat(page("/", host.account()).getElementById(bell.attr("aria-describedby")).text())
			.isEqualTo("belum dibaca");
		assertThat(bell.attr("hx-get")).isEqualTo("/kabar/lonceng");
		assertThat(bell.attr("hx-trigger")).isEqualTo("every 60s");
		assertThat(page("/", attendee).selectFirst("header #bell .bell__count").text()).as("booked: confirmed")
			.isEqualTo("1");
		Element quiet = page("/", this.readers.member("sepi")).selectFirst("header #bell");
		assertThat(quiet.select(".bell__count")).isEmpty();
		assertThat(quiet.text()).isEqualTo("Kabar");
		assertThat(
				Jsoup.parse(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString()).select("#bell"))
			.as("a visitor has no bell")
			.isEmpty();

		String fragment = this.mvc
			.perform(get("/kabar/lonceng").header("HX-Request", "true").with(Members.as(host.account())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).doesNotContain("<html", "<header");
		assertThat(Jsoup.parse(fragment).selectFirst("#bell .bell__count").text()).isEqualTo("1");
	}

	@Test
	void listsTheNotificationsAndMarksOneOrAllRead() throws Exception {
		Bookers.Host host = this.readers.host("kotakmasuk", false);
		this.readers.book(this.readers.member("satu"), host);
		Bookers.Host other = this.readers.host("kotaklain", false);
		this.readers.book(this.readers.member("dua"), other);

		Document page = page("/kabar", host.account());
		assertThat(page.selectFirst("h1").text()).isEqualTo("Kabar");
		Element item = page.selectFirst(".inbox-item");
		assertThat(item.hasClass("inbox-item--unread")).isTrue();
		assertThat(item.selectFirst(".inbox-item__title a").text()).endsWith("memesan sesimu");
		assertThat(item.selectFirst(".inbox-item__title a").attr("href")).startsWith("/sesi/");
		assertThat(item.selectFirst(".inbox-item__text").text()).contains("WIB");
		assertThat(page.selectFirst(".mail-nag").text()).contains("belum punya alamat email terverifikasi");
		String mine = item.attr("id").substring("kabar-".length());
		String theirs = page("/kabar", other.account()).selectFirst(".inbox-item")
			.attr("id")
			.substring("kabar-".length());

		this.mvc.perform(post("/kabar/" + theirs + "/baca").with(Members.as(host.account())).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/kabar/" + UUID.randomUUID() + "/baca").with(Members.as(host.account())).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/kabar/bukan-id/baca").with(Members.as(host.account())).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.inbox.unread(other.account().id())).as("another member's stays unread").isEqualTo(1);
		this.mvc.perform(post("/kabar/" + mine + "/baca").with(Members.as(host.account())))
			.andExpect(status().isForbidden());
		assertThat(this.inbox.unread(host.account().id())).as("no CSRF token, nothing changed").isEqualTo(1);

		this.mvc.perform(post("/kabar/" + mine + "/baca").with(Members.as(host.account())).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/kabar"));
		assertThat(this.inbox.unread(host.account().id())).isZero();
		Element read = page("/kabar", host.account()).selectFirst(".inbox-item");
		assertThat(read.hasClass("inbox-item--unread")).isFalse();
		assertThat(read.select("form")).isEmpty();

		this.mvc.perform(post("/kabar/baca-semua").with(Members.as(other.account()))).andExpect(status().isForbidden());
		assertThat(this.inbox.unread(other.account().id())).isEqualTo(1);
		this.mvc.perform(post("/kabar/baca-semua").with(Members.as(other.account())).with(csrf()))
			.andExpect(redirectedUrl("/kabar"));
		assertThat(this.inbox.unread(other.account().id())).isZero();
	}

	@Test
	void aVisitorIsAskedToLogIn() throws Exception {
		this.mvc.perform(get("/kabar"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?continue=/kabar"));
		this.mvc.perform(get("/kabar/pilihan"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?continue=/kabar/pilihan"));
	}

	@Test
	void aHostWithoutAVerifiedAddressIsAskedForOneOnTheDashboard() throws Exception {
		Bookers.Host silent = this.readers.host("tanpasurel", false);
		Bookers.Host reachable = this.readers.host("dengansurel", true);

		assertThat(page("/sesi/host", silent.account()).selectFirst(".mail-nag").text())
			.contains("permintaan sesi baru hanya muncul di Kabar");
		assertThat(page("/sesi/host", reachable.account()).select(".mail-nag")).isEmpty();
		assertThat(page("/kabar", reachable.account()).select(".mail-nag")).isEmpty();
	}

	private Document page(String path, Account member) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(Members.as(member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
