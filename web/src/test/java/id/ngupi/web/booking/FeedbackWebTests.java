package id.ngupi.web.booking;

import java.nio.charset.StandardCharsets;

import id.ngupi.booking.Booking;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.feedback.Feedbacks;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.profile.Members;
import id.ngupi.web.support.Links;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Feedback on a session that ended, through the site: each side writes blind and reads
 * the other's once both wrote; the words are shown as written and escaped; nobody else
 * sees or writes anything; a text over the limit or a missing rating is refused with its
 * message and nothing is stored; a form without its CSRF token is forbidden.
 */
@NgupiWebTest
class FeedbackWebTests {

	private final MockMvc mvc;

	private final Bookings bookings;

	private final Feedbacks feedbacks;

	private final Bookers people;

	private final SessionsThatEnded sessions;

	FeedbackWebTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Bookings bookings, @Autowired Feedbacks feedbacks,
			@Autowired ApplicationEventPublisher events, @Autowired TransactionTemplate transactions) {
		this.mvc = mvc;
		this.bookings = bookings;
		this.feedbacks = feedbacks;
		this.people = new Bookers(accounts, hosting, openSlots);
		this.sessions = new SessionsThatEnded(this.people, bookings, feedbacks, events, transactions);
	}

	@Test
	void eachSideWritesBlindThenBothReadTheOthersWordsAsWritten() throws Exception {
		Host host = this.people.host("masukan", false);
		Account attendee = this.people.member("ayu");
		Booking session = ended(host, attendee);
		String path = "/sesi/" + session.id() + "/masukan";

		assertThat(Bookers.page(this.mvc, "/sesi/" + session.id(), attendee).selectFirst(".session__feedback a").text())
			.isEqualTo("Tulis masukan");
		Document form = Bookers.page(this.mvc, path, attendee);
		assertThat(form.select("input[name=rating]").eachAttr("value")).containsExactly("1", "2", "3", "4", "5");
		assertThat(form.select("#publicConsent")).as("the attendee may share their words").hasSize(1);
		assertThat(Bookers.page(this.mvc, path, host.account()).select("#publicConsent"))
			.as("a host's feedback is private to the attendee")
			.isEmpty();

		assertThat(Bookers.page(this.mvc, "/sesi", attendee).select(".sessions__feedback a").eachAttr("href"))
			.as("Sesiku asks for it too")
			.containsExactly(path);
		assertThat(
				Bookers.page(this.mvc, "/sesi/host", host.account()).select(".sessions__feedback a").eachAttr("href"))
			.containsExactly(path);

		this.mvc.perform(write(path, attendee, "5", "<script>alert(1)</script> santai", "Cara menulis CV."))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(path));
		assertThat(Bookers.page(this.mvc, "/sesi", attendee).select(".sessions__feedback")).as("written: asked no more")
			.isEmpty();
		Document hostsForm = Bookers.page(this.mvc, path, host.account());
		assertThat(hostsForm.text()).as("blind until both wrote").doesNotContain("Cara menulis CV.");

		this.mvc.perform(write(path, host.account(), "4", "Pertanyaannya tajam.", "Perspektif junior hari ini."))
			.andExpect(status().isFound());

		Document attendeesView = Bookers.page(this.mvc, path, attendee);
		assertThat(attendeesView.select("form[action=" + path + "]")).as("frozen once revealed").isEmpty();
		assertThat(attendeesView.text()).contains("Masukan dari", "Perspektif junior hari ini.", "4 dari 5");
		Document hostsView = Bookers.page(this.mvc, path, host.account());
		assertThat(hostsView.select("script")).noneMatch(script -> script.html().contains("alert(1)"));
		assertThat(hostsView.text()).contains("<script>alert(1)</script> santai", "Cara menulis CV.");
		assertThat(Bookers.page(this.mvc, "/sesi/" + session.id(), host.account())
			.selectFirst(".session__feedback a")
			.text()).isEqualTo("Baca masukan");

		String export = this.mvc.perform(get(Links.SETTINGS_ACCOUNT_EXPORT).with(Members.as(attendee)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(export).as("the attendee's copy holds what they wrote and what they received")
			.contains("Cara menulis CV.", "Perspektif junior hari ini.");
	}

	@Test
	void nobodyElseReadsOrWritesAndBeforeTheEndThereIsNothingToWrite() throws Exception {
		Host host = this.people.host("orang", false);
		Account attendee = this.people.member("dina");
		Booking session = ended(host, attendee);
		Host other = this.people.host("nanti", false);
		Booking coming = Bookers.book(this.bookings, attendee, other, this.people.open(other).get(4));
		Account stranger = this.people.member("asing");
		String path = "/sesi/" + session.id() + "/masukan";

		this.mvc.perform(get(path).with(Members.as(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(write(path, stranger, "5", "Bagus", "")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sesi/" + coming.id() + "/masukan").with(Members.as(attendee)))
			.andExpect(status().isNotFound());
		assertThat(this.feedbacks.of(attendee.id(), session.id()).orElseThrow().own()).isNull();
	}

	@Test
	void aTooLongTextOrNoRatingIsRefusedWithItsMessageAndNothingIsStored() throws Exception {
		Host host = this.people.host("panjang", false);
		Account attendee = this.people.member("eka");
		Booking session = ended(host, attendee);
		String path = "/sesi/" + session.id() + "/masukan";

		Document tooLong = Bookers.html(this.mvc.perform(write(path, attendee, "5", "a".repeat(1001), ""))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(tooLong.select("#wentWell ~ .field__errors li").eachText())
			.containsExactly("Pesan ini terlalu panjang: paling banyak 1.000 karakter. Persingkat lalu kirim lagi.");
		assertThat(tooLong.selectFirst("#wentWell").text()).as("what was typed is kept").hasSize(1001);
		Document noRating = Bookers
			.html(this.mvc.perform(write(path, attendee, null, "Bagus", "")).andExpect(status().isOk()).andReturn());
		assertThat(noRating.select("#rating .field__errors li").eachText())
			.containsExactly("Pilih nilai dari 1 sampai 5.");
		this.mvc.perform(post(path).param("rating", "5").with(Members.as(attendee))).andExpect(status().isForbidden());

		assertThat(this.feedbacks.of(attendee.id(), session.id()).orElseThrow().own()).isNull();
	}

	private Booking ended(Host host, Account attendee) {
		return this.sessions.ended(host, attendee);
	}

	private static MockHttpServletRequestBuilder write(String path, Account author, String rating, String wentWell,
			String learned) {
		MockHttpServletRequestBuilder request = post(path).param("wentWell", wentWell)
			.param("learned", learned)
			.param("privateMessage", "")
			.with(Members.as(author))
			.with(csrf());
		return (rating == null) ? request : request.param("rating", rating);
	}

}
