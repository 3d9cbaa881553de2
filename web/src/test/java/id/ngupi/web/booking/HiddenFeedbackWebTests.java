package id.ngupi.web.booking;

import jakarta.servlet.http.Cookie;

import id.ngupi.booking.Booking;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.feedback.FeedbackForm;
import id.ngupi.feedback.FeedbackModeration;
import id.ngupi.feedback.Feedbacks;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.booking.Bookers.Host;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feedback a moderator hid is gone wherever others read it: the host's page loses the
 * testimonial and its rating, and the member it was about reads a short line instead of
 * the words. Shown again, it is back.
 */
@NgupiWebTest
class HiddenFeedbackWebTests {

	private final MockMvc mvc;

	private final Feedbacks feedbacks;

	private final FeedbackModeration moderation;

	private final Bookers people;

	private final SessionsThatEnded sessions;

	HiddenFeedbackWebTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Bookings bookings, @Autowired Feedbacks feedbacks,
			@Autowired FeedbackModeration moderation, @Autowired ApplicationEventPublisher events,
			@Autowired TransactionTemplate transactions) {
		this.mvc = mvc;
		this.feedbacks = feedbacks;
		this.moderation = moderation;
		this.people = new Bookers(accounts, hosting, openSlots);
		this.sessions = new SessionsThatEnded(this.people, bookings, feedbacks, events, transactions);
	}

	@Test
	void aHiddenTestimonialLeavesTheHostsPageAndItsRating() throws Exception {
		Host host = this.people.host("ulasan", false);
		for (int i = 0; i < 3; i++) {
			reviewed(host, this.people.member("baik" + i), 5, "Santai dan jelas " + i + ".", i);
		}
		Account rude = this.people.member("kasar");
		Booking reported = reviewed(host, rude, 1, "Kata-kata kasar di sini.", 3);
		Document before = Bookers.page(this.mvc, "/@" + host.handle(), null);
		assertThat(before.select(".quote__words").eachText()).contains("Kata-kata kasar di sini.");
		assertThat(before.select(".track__rating").text()).isEqualTo("★ 4,0 dari 4 penilaian");

		this.moderation.hide(reported.id(), rude.id());

		Document after = Bookers.page(this.mvc, "/@" + host.handle(), null);
		assertThat(after.select(".quote__words").eachText()).hasSize(3).doesNotContain("Kata-kata kasar di sini.");
		assertThat(after.text()).doesNotContain("Kata-kata kasar di sini.");
		assertThat(after.select(".track__rating").text()).isEqualTo("★ 5,0 dari 3 penilaian");

		this.moderation.show(reported.id(), rude.id());
		Document shown = Bookers.page(this.mvc, "/@" + host.handle(), null);
		assertThat(shown.select(".quote__words").eachText()).contains("Kata-kata kasar di sini.");
		assertThat(shown.select(".track__rating").text()).isEqualTo("★ 4,0 dari 4 penilaian");
	}

	@Test
	void theMemberItWasAboutReadsThatAModeratorHidIt() throws Exception {
		Host host = this.people.host("subjek", false);
		Account attendee = this.people.member("penulis");
		Booking session = reviewed(host, attendee, 1, "Kata-kata kasar lagi.", 0);
		String path = "/sesi/" + session.id() + "/masukan";

		this.moderation.hide(session.id(), attendee.id());

		Document subject = Bookers.page(this.mvc, path, host.account());
		assertThat(subject.selectFirst(".feedback-hidden").text())
			.isEqualTo("Masukan ini disembunyikan oleh moderator Ngupi.");
		assertThat(subject.text()).doesNotContain("Kata-kata kasar lagi.").doesNotContain("Pesan pribadi.");
		assertThat(Bookers.page(this.mvc, path, host.account(), new Cookie("ngupi-lang", "en"))
			.selectFirst(".feedback-hidden")
			.text()).isEqualTo("This feedback was hidden by a Ngupi moderator.");
		Document author = Bookers.page(this.mvc, path, attendee);
		assertThat(author.text()).as("its author still reads their own words").contains("Kata-kata kasar lagi.");
		assertThat(author.selectFirst(".feedback-hidden").text()).as("and that a moderator hid them")
			.isEqualTo("Moderator Ngupi menyembunyikan masukanmu ini: tidak ada yang bisa membacanya selain kamu.");

		this.moderation.show(session.id(), attendee.id());
		Document shown = Bookers.page(this.mvc, path, host.account());
		assertThat(shown.select(".feedback-hidden")).isEmpty();
		assertThat(shown.text()).contains("Kata-kata kasar lagi.");
		assertThat(Bookers.page(this.mvc, path, attendee).select(".feedback-hidden")).isEmpty();
	}

	/** A session at the host's {@code nth} open time that both sides reviewed. */
	private Booking reviewed(Host host, Account attendee, int rating, String words, int nth) {
		Booking session = this.sessions.ended(host, attendee, nth);
		this.feedbacks.write(attendee.id(), session.id(),
				new FeedbackForm(rating, words, "", "Pesan pribadi.", true, false));
		this.feedbacks.write(host.account().id(), session.id(), new FeedbackForm(5, "", "", "", false, false));
		return session;
	}

}
