package id.ngupi.web.booking;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import id.ngupi.booking.Booking;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.feedback.FeedbackForm;
import id.ngupi.feedback.Feedbacks;
import id.ngupi.feedback.WriteOutcome;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.profile.Members;
import id.ngupi.web.support.Links;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member's page shows what really happened: sessions held and attended, the average
 * rating only from three revealed ratings, the testimonials attendees allowed (a deleted
 * attendee's as a former member's), and the insights a member shared. Every payload a
 * member can type is shown as text wherever it appears: host page, member page, Sesiku,
 * the session and feedback pages, and the data export.
 */
@NgupiWebTest
class TrackRecordWebTests {

	/** What an attacker types into every field. */
	static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"\"><svg onload=alert(1)>", "javascript:alert(1)", "</textarea><b>tebal</b>", "${7*7} {{7*7}} @{x}",
			"' OR 1=1 --");

	private final MockMvc mvc;

	private final Accounts accounts;

	private final Feedbacks feedbacks;

	private final Bookers people;

	private final SessionsThatEnded sessions;

	TrackRecordWebTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Bookings bookings, @Autowired Feedbacks feedbacks,
			@Autowired ApplicationEventPublisher events, @Autowired TransactionTemplate transactions) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.feedbacks = feedbacks;
		this.people = new Bookers(accounts, hosting, openSlots);
		this.sessions = new SessionsThatEnded(this.people, bookings, feedbacks, events, transactions);
	}

	@Test
	void theAverageShowsFromThreeRatingsWithTestimonialsAndAFormerMembersWordsStay() throws Exception {
		Host host = this.people.host("rekam", false);
		List<Account> attendees = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			attendees.add(this.people.member("peserta" + i));
		}
		reviewed(host, attendees.get(0), 5, "Santai dan jelas.", true);
		reviewed(host, attendees.get(1), 4, "Tidak untuk umum.", false);

		Document two = Bookers.page(this.mvc, "/@" + host.handle(), null);
		assertThat(two.select(".track__rating")).as("no average below three ratings").isEmpty();
		assertThat(two.select(".quote__words").eachText()).containsExactly("Santai dan jelas.");

		reviewed(host, attendees.get(2), 3, "Banyak contoh nyata.", true);
		Document three = Bookers.page(this.mvc, "/@" + host.handle(), null);
		assertThat(three.select(".track__rating").text()).isEqualTo("★ 4,0 dari 3 penilaian");
		assertThat(three.select(".quotes .quote__who a").eachText()).as("newest first, each linking its author")
			.containsExactly(attendees.get(2).displayName(), attendees.get(0).displayName());

		this.accounts.delete(attendees.get(2).id());
		Document after = Bookers.page(this.mvc, "/@" + host.handle(), null);
		assertThat(after.select(".quote__who").first().text()).startsWith("Mantan anggota");
		assertThat(after.select(".quote__who").first().select("a")).isEmpty();
		assertThat(after.select(".quote__words").eachText()).contains("Banyak contoh nyata.");
	}

	@Test
	void aMemberWhoDoesNotHostShowsSessionsAttendedAndTheInsightsTheyShared() throws Exception {
		Host host = this.people.host("wawasan", false);
		Account attendee = this.people.member("wulan");
		Booking session = this.sessions.ended(host, attendee);
		this.feedbacks.write(attendee.id(), session.id(),
				new FeedbackForm(5, "", "Portofolio cukup tiga proyek yang dalam.", "", false, true));
		this.feedbacks.write(host.account().id(), session.id(), new FeedbackForm(5, "", "", "", false, false));

		Document page = Bookers.page(this.mvc, "/@" + attendee.handle().value(), null);
		assertThat(page.select(".quotes h2").text()).isEqualTo("Yang dipelajari " + attendee.displayName());
		assertThat(page.select(".quote__words").eachText()).containsExactly("Portofolio cukup tiga proyek yang dalam.");
		assertThat(page.select(".track__identity")).as("a member who only attends keeps their logins to themselves")
			.isEmpty();
	}

	@Test
	void everyPayloadIsShownAsTextWhereverItAppears() throws Exception {
		Host host = this.people.host("aman", false);
		ObjectMapper json = new ObjectMapper();
		for (String payload : PAYLOADS) {
			Account attendee = this.people.member("uji");
			Booking session = this.sessions.ended(host, attendee);
			assertThat(this.feedbacks.write(attendee.id(), session.id(),
					new FeedbackForm(5, "baik " + payload, "belajar " + payload, "pesan " + payload, true, true)))
				.isEqualTo(WriteOutcome.SAVED);
			this.feedbacks.write(host.account().id(), session.id(),
					new FeedbackForm(4, "host " + payload, "", "", false, false));

			for (Document shown : List.of(Bookers.page(this.mvc, "/@" + host.handle(), null),
					Bookers.page(this.mvc, "/@" + attendee.handle().value(), null),
					Bookers.page(this.mvc, "/sesi/" + session.id() + "/masukan", host.account()),
					Bookers.page(this.mvc, "/sesi/" + session.id() + "/masukan", attendee),
					Bookers.page(this.mvc, "/sesi/" + session.id(), attendee),
					Bookers.page(this.mvc, "/sesi", attendee))) {
				assertThat(shown.select("main script, main img, main svg, main b")).as(payload).isEmpty();
				assertThat(shown.select("[onerror], [onload]")).as(payload).isEmpty();
			}
			assertThat(Bookers.page(this.mvc, "/@" + host.handle(), null).text()).contains("baik " + payload);
			assertThat(Bookers.page(this.mvc, "/@" + attendee.handle().value(), null).text())
				.contains("belajar " + payload);
			assertThat(Bookers.page(this.mvc, "/sesi/" + session.id() + "/masukan", host.account()).text())
				.contains("pesan " + payload);

			String export = this.mvc.perform(get(Links.SETTINGS_ACCOUNT_EXPORT).with(Members.as(attendee)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			JsonNode document = json.readTree(export);
			assertThat(document.toString()).as("the export reads back exactly what was written")
				.contains(json.writeValueAsString("pesan " + payload))
				.contains(json.writeValueAsString("host " + payload));
		}
	}

	/** A session with the host that ended, on which both sides wrote. */
	private void reviewed(Host host, Account attendee, int rating, String wentWell, boolean consent) {
		Booking session = this.sessions.ended(host, attendee);
		this.feedbacks.write(attendee.id(), session.id(), new FeedbackForm(rating, wentWell, "", "", consent, false));
		this.feedbacks.write(host.account().id(), session.id(), new FeedbackForm(5, "", "", "", false, false));
	}

}
