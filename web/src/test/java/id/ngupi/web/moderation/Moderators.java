package id.ngupi.web.moderation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingEvents.BookingCompleted;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.feedback.FeedbackForm;
import id.ngupi.feedback.Feedbacks;
import id.ngupi.feedback.WriteOutcome;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountOutcomes.ProfileOutcome;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.ProfileChange;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;
import id.ngupi.moderation.Target;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.booking.Bookers;
import id.ngupi.web.booking.Bookers.Host;
import id.ngupi.web.profile.Members;
import id.ngupi.web.support.Links;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Members, hosts, sessions and feedback for the moderation web tests, the web tests' one
 * admin ({@link NgupiWebTest#ADMIN}), and the requests they send.
 */
final class Moderators {

	static final String DETAILS = "Dia mengirim pesan kasar berulang kali setelah sesi.";

	private final MockMvc mvc;

	private final Accounts accounts;

	private final Bookers people;

	private final Bookings bookings;

	private final Feedbacks feedbacks;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	Moderators(MockMvc mvc, Accounts accounts, Hosting hosting, OpenSlots openSlots, Bookings bookings,
			Feedbacks feedbacks, ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.people = new Bookers(accounts, hosting, openSlots);
		this.bookings = bookings;
		this.feedbacks = feedbacks;
		this.events = events;
		this.transactions = transactions;
	}

	/** The web tests' admin, signed in (and created the first time) like any member. */
	Account admin() {
		return this.accounts.signIn(new ProviderIdentity(Provider.GITHUB, "moderation-web-tests-admin",
				NgupiWebTest.ADMIN, "Moderator Ngupi", null));
	}

	Account member(String name) {
		return this.people.member(name);
	}

	/** A member whose profile says the given bio. */
	Account member(String name, String bio) {
		Account member = member(name);
		ProfileChange change = new ProfileChange(member.handle().value(), "Member " + name, bio, "Asia/Jakarta", "id",
				null, null, null, null);
		assertThat(this.accounts.updateProfile(member.id(), change)).isEqualTo(ProfileOutcome.UPDATED);
		return this.accounts.find(member.id()).orElseThrow();
	}

	Host host(String name) {
		return this.people.host(name, false);
	}

	/** The attendee books the host's {@code nth} open time a day or more ahead. */
	Booking book(Host host, Account attendee, int nth) {
		Instant start = this.people.open(host).get(nth);
		return ((Booked) this.bookings.book(attendee.id(),
				new BookingRequest(host.offering(), start, List.of("karier"), Bookers.ANSWER, UUID.randomUUID())))
			.booking();
	}

	/** A session whose end has been told, once both sides are asked for feedback. */
	Booking ended(Host host, Account attendee, int nth) {
		Booking booking = book(host, attendee, nth);
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new BookingCompleted(booking.id(),
				booking.host(), booking.attendee(), Instant.now().minus(Duration.ofHours(1)), booking.topics())));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.feedbacks.of(host.account().id(), booking.id()).isPresent()
					&& this.feedbacks.of(attendee.id(), booking.id()).isPresent());
		return booking;
	}

	/**
	 * An ended session on which both wrote feedback, so both are revealed: the attendee's
	 * words, allowed on the host's page, are a testimonial.
	 */
	Booking testimonial(Host host, Account attendee, String wentWell, int nth) {
		Booking booking = ended(host, attendee, nth);
		assertThat(this.feedbacks.write(attendee.id(), booking.id(),
				new FeedbackForm(5, wentWell, "Belajar banyak soal karier.", "Terima kasih!", true, false)))
			.isIn(WriteOutcome.SAVED, WriteOutcome.REVEALED);
		assertThat(this.feedbacks.write(host.account().id(), booking.id(),
				new FeedbackForm(4, "Pertanyaannya tajam.", "", "Semangat!", false, false)))
			.isEqualTo(WriteOutcome.REVEALED);
		return booking;
	}

	/** Sends the report form as the member. */
	MvcResult report(Account member, Target target, String reason, String details) throws Exception {
		MockHttpServletRequestBuilder request = post(Links.REPORT).with(Members.as(member))
			.with(csrf())
			.param(Links.REPORT_KIND, target.kind().code())
			.param(Links.REPORT_ID, target.id().toString());
		if (target.author() != null) {
			request.param(Links.REPORT_AUTHOR, target.author().value().toString());
		}
		if (reason != null) {
			request.param("reason", reason);
		}
		if (details != null) {
			request.param("details", details);
		}
		return this.mvc.perform(request).andReturn();
	}

	/** The admin's action on a report's case. */
	MvcResult act(Account admin, Object report, String action, String reason) throws Exception {
		return this.mvc
			.perform(post(Links.adminCaseAct(report)).with(Members.as(admin))
				.with(csrf())
				.param("action", action)
				.param("reason", reason))
			.andReturn();
	}

	/** The admin's action on a member from their page. */
	MvcResult actOn(Account admin, String handle, Target target, String action, String reason) throws Exception {
		MockHttpServletRequestBuilder request = post(Links.adminMemberAct(handle)).with(Members.as(admin))
			.with(csrf())
			.param(Links.REPORT_KIND, target.kind().code())
			.param(Links.REPORT_ID, target.id().toString())
			.param("action", action)
			.param("reason", reason);
		if (target.author() != null) {
			request.param(Links.REPORT_AUTHOR, target.author().value().toString());
		}
		return this.mvc.perform(request).andReturn();
	}

	/** What the viewer (or a visitor, for {@code null}) is answered for the path. */
	MvcResult get(String path, Account viewer) throws Exception {
		MockHttpServletRequestBuilder request = (viewer != null)
				? MockMvcRequestBuilders.get(path).with(Members.as(viewer)) : MockMvcRequestBuilders.get(path);
		return this.mvc.perform(request).andReturn();
	}

	/** The page the viewer is shown, which must answer 200. */
	Document page(String path, Account viewer) throws Exception {
		MvcResult result = get(path, viewer);
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return html(result);
	}

	static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	static String text(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
