package id.ngupi.web.booking;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingStatus;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.feedback.Feedbacks;
import id.ngupi.feedback.SessionFeedback;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.notifications.Inbox;
import id.ngupi.notifications.InboxEntry;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.profile.Members;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A session one side did not come to, through the site: reported instead of feedback once
 * a box says the reporter is sure, told to the member reported absent, answered once with
 * a note shown escaped; confirmed no-shows shown to the host asked to approve, and two of
 * them making the attendee's next booking wait for approval, which the form says first.
 * Strangers find nothing, refused input changes nothing.
 */
@NgupiWebTest
class NoShowWebTests {

	private final MockMvc mvc;

	private final Bookings bookings;

	private final Feedbacks feedbacks;

	private final Inbox inbox;

	private final Bookers people;

	private final SessionsThatEnded sessions;

	NoShowWebTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots, @Autowired Bookings bookings, @Autowired Feedbacks feedbacks,
			@Autowired Inbox inbox, @Autowired ApplicationEventPublisher events,
			@Autowired TransactionTemplate transactions) {
		this.mvc = mvc;
		this.bookings = bookings;
		this.feedbacks = feedbacks;
		this.inbox = inbox;
		this.people = new Bookers(accounts, hosting, openSlots);
		this.sessions = new SessionsThatEnded(this.people, bookings, feedbacks, events, transactions);
	}

	@Test
	void theHostReportsTheAttendeeIsToldAndAnswersOnceWithANoteShownAsWritten() throws Exception {
		Host host = this.people.host("absen", false);
		Account attendee = this.people.member("bima");
		Booking session = this.sessions.ended(host, attendee);
		String page = "/sesi/" + session.id() + "/masukan";

		Document form = Bookers.page(this.mvc, page, host.account());
		assertThat(form.select("form[action=" + page + "/tidak-hadir] button").text())
			.isEqualTo("Laporkan " + attendee.displayName() + " tidak datang");
		this.mvc
			.perform(post(page + "/tidak-hadir").param("sure", "true").with(Members.as(host.account())).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(page));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.inbox.latest(attendee.id(), Locale.forLanguageTag("id"), ZoneId.of("Asia/Jakarta"))
				.stream()
				.map(InboxEntry::title)
				.anyMatch(title -> title.equals(host.account().displayName() + " melaporkan bahwa kamu tidak datang")));
		assertThat(Bookers.page(this.mvc, "/sesi/" + session.id(), attendee).selectFirst(".session__feedback a").text())
			.isEqualTo("Jawab laporan tidak hadir");
		Document answer = Bookers.page(this.mvc, page, attendee);
		assertThat(answer.select("input[name=rating]")).as("no feedback form any more").isEmpty();
		assertThat(answer.select("input[name=answer]").eachAttr("value")).containsExactly("disputed", "admitted");

		this.mvc
			.perform(post(page + "/jawaban").param("answer", "disputed")
				.param("note", "<img src=x onerror=alert(1)> Saya menunggu di Meet.")
				.with(Members.as(attendee))
				.with(csrf()))
			.andExpect(status().isFound());
		this.mvc
			.perform(post(page + "/jawaban").param("answer", "admitted")
				.param("note", "")
				.with(Members.as(attendee))
				.with(csrf()))
			.andExpect(status().isFound());

		Document hostsView = Bookers.page(this.mvc, page, host.account());
		assertThat(hostsView.select(".no-show img")).as("the note is text, never markup").isEmpty();
		assertThat(hostsView.select(".no-show").text()).contains(
				attendee.displayName() + " menyatakan bahwa dia hadir.",
				"<img src=x onerror=alert(1)> Saya menunggu di Meet.");
		assertThat(this.feedbacks.of(attendee.id(), session.id()).orElseThrow().noShow().answer())
			.as("answered once: the second answer changed nothing")
			.hasToString("DISPUTED");
	}

	@Test
	void aReportNeedsItsBoxAnAnswerItsChoiceAndStrangersFindNothing() throws Exception {
		Host host = this.people.host("yakin", false);
		Account attendee = this.people.member("citra");
		Booking session = this.sessions.ended(host, attendee);
		String page = "/sesi/" + session.id() + "/masukan";
		Account stranger = this.people.member("asing");

		Document unsure = Bookers
			.html(this.mvc.perform(post(page + "/tidak-hadir").with(Members.as(attendee)).with(csrf()))
				.andExpect(status().isOk())
				.andReturn());
		assertThat(unsure.select(".field__errors li").eachText())
			.contains("Centang dulu kotak ini kalau kamu yakin dia tidak datang.");
		this.mvc.perform(post(page + "/tidak-hadir").param("sure", "true").with(Members.as(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(page + "/tidak-hadir").param("sure", "true").with(Members.as(attendee)))
			.andExpect(status().isForbidden());
		assertThat(this.feedbacks.of(attendee.id(), session.id()).orElseThrow().state()).as("nothing was reported")
			.isEqualTo(SessionFeedback.State.OPEN);

		this.mvc.perform(post(page + "/tidak-hadir").param("sure", "true").with(Members.as(attendee)).with(csrf()))
			.andExpect(status().isFound());
		Document noChoice = Bookers.html(this.mvc
			.perform(post(page + "/jawaban").param("answer", "mungkin").with(Members.as(host.account())).with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(noChoice.select("#answer .field__errors li").eachText())
			.containsExactly("Pilih salah satu jawaban.");
		Document tooLong = Bookers.html(
				this.mvc
					.perform(post(page + "/jawaban").param("answer", "disputed")
						.param("note", "a".repeat(1001))
						.with(Members.as(host.account()))
						.with(csrf()))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(tooLong.select("#note ~ .field__errors li").eachText())
			.containsExactly("Pesan ini terlalu panjang: paling banyak 1.000 karakter. Persingkat lalu kirim lagi.");
		this.mvc.perform(post(page + "/jawaban").param("answer", "disputed").with(Members.as(attendee)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.feedbacks.of(host.account().id(), session.id()).orElseThrow().noShow().answer())
			.as("nothing was answered")
			.isNull();
	}

	@Test
	void twoAdmittedNoShowsMakeTheNextBookingWaitAndTheHostAskedSeesThem() throws Exception {
		Account attendee = this.people.member("dodi");
		for (int nth = 0; nth < 2; nth++) {
			Host host = this.people.host("absen" + nth, false);
			Booking session = this.sessions.ended(host, attendee, nth * 4);
			String page = "/sesi/" + session.id() + "/masukan";
			this.mvc
				.perform(
						post(page + "/tidak-hadir").param("sure", "true").with(Members.as(host.account())).with(csrf()))
				.andExpect(status().isFound());
			this.mvc
				.perform(post(page + "/jawaban").param("answer", "admitted").with(Members.as(attendee)).with(csrf()))
				.andExpect(status().isFound());
		}
		Host next = this.people.host("ketiga", false);
		String start = this.people.open(next).get(8).toString();

		Document form = Bookers.page(this.mvc,
				"/@" + next.handle() + "/ngupi/" + next.offering() + "/pesan?start=" + start, attendee);
		assertThat(form.select(".booking-form__approval").text())
			.startsWith("Karena 2 sesi dalam 90 hari terakhir tercatat tanpa kehadiranmu, sampai ");
		Booking booked = Bookers.book(this.bookings, attendee, next, this.people.open(next).get(8));
		assertThat(booked.status()).as("an offering that confirms at once waits for approval")
			.isEqualTo(BookingStatus.PENDING);

		String told = attendee.displayName() + " tercatat tidak datang di 2 sesi sebelumnya";
		assertThat(Bookers.page(this.mvc, "/sesi/" + booked.id(), next.account()).select(".session__no-shows").text())
			.startsWith(told);
		assertThat(Bookers.page(this.mvc, "/sesi/host", next.account()).select(".session-item__no-shows").text())
			.startsWith(told);
		assertThat(Bookers.page(this.mvc, "/sesi/" + booked.id(), attendee).select(".session__no-shows"))
			.as("nobody but the host asked to approve")
			.isEmpty();
	}

}
