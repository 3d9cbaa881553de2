package id.ngupi.web.discovery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingEvents.BookingCompleted;
import id.ngupi.booking.BookingId;
import id.ngupi.booking.BookingOutcome;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.Bookings.CancelOutcome;
import id.ngupi.booking.CalendarFeeds;
import id.ngupi.booking.OpenSlot;
import id.ngupi.booking.OpenSlots;
import id.ngupi.feedback.FeedbackForm;
import id.ngupi.feedback.Feedbacks;
import id.ngupi.feedback.WriteOutcome;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.TopicSlug;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the pages cost in SQL statements, counted on the request's thread: a visitor's
 * {@code GET /} costs {@value #DISCOVERY} whatever the number of hosts, the filters and
 * the page (the page of hosts with the total, their topics, the topic counts; beyond the
 * last page the count takes the place of the topics; one less when nobody matches at
 * all): each card's next open time is the one hosting lists on the host's row, so the
 * cards cost nothing more; the rounds taking applications of the hosts listed, one more
 * for all of them (none when nobody is listed); a topic's page one more, for the topic. A
 * host's page costs the same however many offerings the host has.
 */
@NgupiWebTest
class StatementCountTests {

	/** What {@code GET /} listing hosts costs a visitor. */
	static final int DISCOVERY = 4;

	/**
	 * What the rounds of the hosts a page lists cost, for the badges of the discovery
	 * cards and the card on a host's page: one statement for all of them, nothing when
	 * nobody is listed; kept a few seconds too, until rounds change.
	 */
	static final int ROUNDS = 1;

	/**
	 * What a host's {@code /@handle} costs a visitor: the account with its linked
	 * identities (identity, one statement), the host profile with its topics (one), the
	 * offerings, and the availability (with the busy times of the host's own calendars),
	 * the times the host's bookings hold and the weeks' quotas, read once for all of
	 * them; then the track record: sessions held and attended and the answering time
	 * (booking, one), the ratings and the testimonials (feedback, two) and the insights
	 * shared (one); and the host's round taking applications (rounds, one).
	 */
	static final int HOST_PAGE = 16;

	/**
	 * What the host's listed slots cost of {@link #HOST_PAGE}: the availability (six),
	 * the offerings, the times the bookings hold and the weeks' quotas. Kept a few
	 * seconds after that, until booking or hosting changes: a page opened again costs
	 * that much less.
	 */
	static final int LISTED_SLOTS = 9;

	/**
	 * What the track record costs of {@link #HOST_PAGE}: sessions held and attended with
	 * the answering time, the ratings, the testimonials, the insights. Kept a few seconds
	 * too, until booking, feedback or identity changes.
	 */
	static final int TRACK_RECORD = 4;

	/**
	 * What the page's first two lookups cost, the account by its handle and the host
	 * profile: kept too, the account until identity changes, the host until hosting does.
	 */
	static final int ACCOUNT = 1;

	static final int HOST = 1;

	/** A host's page opened again while everything it read is kept. */
	static final int KEPT_HOST_PAGE = HOST_PAGE - ACCOUNT - HOST - LISTED_SLOTS - TRACK_RECORD - ROUNDS;

	/**
	 * What testimonials add to a host's page however many there are: their authors'
	 * accounts and the topics' names.
	 */
	static final int TESTIMONIALS = 2;

	/**
	 * What a member's {@code /sesi} or {@code /sesi/host} costs however many sessions it
	 * lists: the member's account with its linked identities (1, in the filter), their
	 * bookings, the other participants' accounts, the offerings, the topics' names, the
	 * sessions waiting for the member's feedback, and for the header whether the member
	 * hosts and how many notifications are unread, and the rounds not settled yet the
	 * member applied to or opened (which the list refreshed by htmx, without header and
	 * rounds, does not ask).
	 */
	static final int SESSION_LIST = 9;

	/**
	 * The rounds a sessions page lists above the sessions: the page's, not the list's.
	 */
	static final int ROUNDS_PENDING = 1;

	/**
	 * What the member's account costs a logged-in page: kept a few seconds after that
	 * ({@code KeptMembers}), until identity changes.
	 */
	static final int MEMBER = 1;

	/**
	 * What a member's private calendar feed costs however many sessions it holds: the
	 * feed's owner (token, then account), their bookings, the other participants, the
	 * offerings, the topics' names, and for the meeting links the bookings' own links,
	 * their offerings and their hosts' default links.
	 */
	static final int FEED = 9;

	/** A search that finds nobody. */
	private static final String NOBODY = "tidakadayangsepertiini";

	private final MockMvc mvc;

	private final CalendarFeeds feeds;

	private final StatementCounter statements;

	private final Hosting hosting;

	private final HostDirectory directory;

	private final Bookings bookings;

	private final BookingQueries queries;

	private final OpenSlots openSlots;

	private final TestHosts hosts;

	private final Feedbacks feedbacks;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	StatementCountTests(@Autowired MockMvc mvc, @Autowired StatementCounter statements, @Autowired Accounts accounts,
			@Autowired Hosting hosting, @Autowired HostDirectory directory, @Autowired Bookings bookings,
			@Autowired BookingQueries queries, @Autowired OpenSlots openSlots, @Autowired CalendarFeeds feeds,
			@Autowired Feedbacks feedbacks, @Autowired ApplicationEventPublisher events,
			@Autowired TransactionTemplate transactions) {
		this.feedbacks = feedbacks;
		this.events = events;
		this.transactions = transactions;
		this.mvc = mvc;
		this.feeds = feeds;
		this.statements = statements;
		this.hosting = hosting;
		this.directory = directory;
		this.bookings = bookings;
		this.queries = queries;
		this.openSlots = openSlots;
		this.hosts = new TestHosts(accounts, hosting);
	}

	@Test
	void theDiscoveryPageCostsTheSameFewStatementsWithThreeHostsOrThirty() throws Exception {
		String word = TestHosts.unique("hitung");
		for (int i = 0; i < 3; i++) {
			this.hosts.host("Host " + word, "frontend", "karier");
		}
		Map<String, Integer> withThree = discoveryCosts(word);

		for (int i = 0; i < 27; i++) {
			this.hosts.host("Host " + word, "frontend", "karier");
		}
		Map<String, Integer> withThirty = discoveryCosts(word);

		assertThat(withThree).as("a page listing hosts").allSatisfy((request, cost) -> {
			if (!request.contains(NOBODY) && !request.contains("page=")) {
				assertThat(cost).as(request).isEqualTo(DISCOVERY);
			}
		});
		assertThat(withThree.get("/?q=" + word + "&page=40")).as("beyond the last page: nobody listed")
			.isEqualTo(DISCOVERY - ROUNDS);
		assertThat(withThree.get("/?q=" + NOBODY)).as("no host listed: no topics of hosts to read")
			.isEqualTo(DISCOVERY - ROUNDS - 1);
		assertThat(withThirty.get("/?q=" + word + "&page=2")).as("a second page of hosts").isEqualTo(DISCOVERY);
		assertThat(withThirty).as("thirty hosts cost what three cost").allSatisfy((request, cost) -> {
			if (!request.contains("page=2") && !request.contains("page=3")) {
				assertThat(cost).as(request).isEqualTo(withThree.get(request));
			}
		});
		assertThat(freshVisitorCost(measure(get("/topics/frontend").param("q", word)))).isEqualTo(DISCOVERY + 1);
		assertThat(freshVisitorCost(measure(get("/topics/frontend").param("q", word).param("page", "3"))))
			.isEqualTo(DISCOVERY + 1);
	}

	@Test
	void aHostsPageCostsTheSameWithOneOfferingOrSeveral() throws Exception {
		Account host = this.hosts.host("Host " + TestHosts.unique("biaya"), "data");
		String page = "/@" + host.handle().value();
		assertThat(cost(get(page))).isEqualTo(HOST_PAGE);
		assertThat(cost(get(page))).as("opened again: everything kept").isEqualTo(KEPT_HOST_PAGE);

		for (int i = 0; i < 4; i++) {
			this.hosting.addOffering(host.id(), TestHosts.offering("Ngupi " + i)).orElseThrow();
		}
		this.hosting.addOffering(host.id(), new OfferingChange("Sejam", 60, "", "Apa?", true, 1, 1, 30, 15, null))
			.orElseThrow();

		assertThat(cost(get(page))).as("the host and the slots read again, of six offerings at once")
			.isEqualTo(KEPT_HOST_PAGE + HOST + LISTED_SLOTS);
	}

	@Test
	void aHostsPageCostsTheSameWithOneTestimonialOrSix() throws Exception {
		Account host = this.hosts.host("Host " + TestHosts.unique("kesan"), "data");
		reviewed(host);
		String page = "/@" + host.handle().value();
		assertThat(cost(get(page))).isEqualTo(HOST_PAGE + TESTIMONIALS);
		assertThat(cost(get(page))).isEqualTo(KEPT_HOST_PAGE);

		// feedback changes no open slot and no host: those stay kept; the track record is
		// read again, and the account (the reviewers joined: identity changed)
		for (int i = 0; i < 5; i++) {
			reviewed(host);
		}

		assertThat(cost(get(page))).isEqualTo(KEPT_HOST_PAGE + ACCOUNT + TRACK_RECORD + TESTIMONIALS);
	}

	/**
	 * A session with the host that ended a day ago, on which both sides wrote and the
	 * attendee allowed their words to be shown.
	 */
	private void reviewed(Account host) {
		Account attendee = this.hosts.member("Peserta " + TestHosts.unique(""));
		BookingId booking = new BookingId(UUID.randomUUID());
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new BookingCompleted(booking,
				host.id(), attendee.id(), Instant.now().minus(Duration.ofDays(1)), List.of(new TopicSlug("data")))));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.feedbacks.of(host.id(), booking).isPresent()
					&& this.feedbacks.of(attendee.id(), booking).isPresent());
		this.feedbacks.write(attendee.id(), booking,
				new FeedbackForm(5, "Sangat membantu.", "Cara membaca data.", "", true, true));
		assertThat(this.feedbacks.write(host.id(), booking, new FeedbackForm(5, "", "", "", false, false)))
			.isEqualTo(WriteOutcome.REVEALED);
	}

	@Test
	void aDiscoveryPageIsKeptUntilHostingChanges() throws Exception {
		String word = TestHosts.unique("simpan");
		Account host = this.hosts.host("Ngobrol " + word, "karier");
		String page = "/?q=" + word;
		assertThat(cost(get(page))).isEqualTo(DISCOVERY);

		assertThat(cost(get(page))).as("the same page again, kept").isZero();

		this.hosting.saveProfile(host.id(), TestHosts.profile("Ngobrol santai " + word, List.of("id"), "karier"));
		Measured changed = measure(get(page));
		assertThat(changed.statements()).as("forgotten once the change committed; the rounds, unchanged, still kept")
			.hasSize(DISCOVERY - ROUNDS);
		assertThat(changed.result().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Ngobrol santai " + word);
	}

	@Test
	void theSessionListsCostTheSameWithOneSessionOrFive() throws Exception {
		Account attendee = this.hosts.member("Peserta " + TestHosts.unique(""));
		List<Account> others = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			others.add(this.hosts.host("Host " + TestHosts.unique("sesi"), "karier"));
		}
		Account host = others.get(0);
		book(attendee, offeringOf(host), 1);
		int attendingWithOne = cost(get("/sesi").with(TestHosts.as(attendee)));
		int refreshWithOne = cost(get("/sesi").with(TestHosts.as(attendee)).header("HX-Request", "true"));
		int hostingWithOne = cost(get("/sesi/host").with(TestHosts.as(host)));
		String attendeeFeed = "/kalender/" + this.feeds.renew(attendee.id()) + ".ics";
		String hostFeed = "/kalender/" + this.feeds.renew(host.id()) + ".ics";
		int attendeeFeedWithOne = cost(get(attendeeFeed));
		int hostFeedWithOne = cost(get(hostFeed));

		// an attendee holds at most 3 live bookings: two are called off (one by each
		// side)
		// to make room
		Booking first = book(attendee, offeringOf(others.get(1)), 2);
		Booking second = book(attendee, offeringOf(others.get(2)), 3);
		assertThat(this.bookings.cancel(attendee.id(), first.id(), null)).isEqualTo(CancelOutcome.CANCELLED);
		assertThat(this.bookings.cancel(others.get(2).id(), second.id(), "Ada urusan keluarga"))
			.isEqualTo(CancelOutcome.CANCELLED);
		book(attendee, offeringOf(others.get(3)), 4);
		book(attendee, offeringOf(others.get(4)), 5);
		for (int i = 0; i < 4; i++) {
			OfferingId offering = this.hosting.addOffering(host.id(), TestHosts.offering("Ngupi " + i)).orElseThrow();
			book(this.hosts.member("Peserta " + TestHosts.unique("")), offering, 2 + i);
		}
		assertThat(this.queries.asAttendee(attendee.id())).hasSize(5);
		assertThat(this.queries.asHost(host.id())).hasSize(5);

		assertThat(cost(get("/sesi").with(TestHosts.as(attendee)))).as("/sesi")
			.isEqualTo(attendingWithOne)
			.isEqualTo(SESSION_LIST);
		assertThat(cost(get("/sesi").with(TestHosts.as(attendee)).header("HX-Request", "true")))
			.as("/sesi refreshed by htmx: no header to render, the member's account kept since the page")
			.isEqualTo(refreshWithOne)
			.isEqualTo(SESSION_LIST - 2 - MEMBER - ROUNDS_PENDING);
		assertThat(cost(get("/sesi/host").with(TestHosts.as(host)))).as("/sesi/host")
			.isEqualTo(hostingWithOne)
			.isEqualTo(SESSION_LIST);
		assertThat(cost(get(attendeeFeed))).as("the attendee's calendar feed")
			.isEqualTo(attendeeFeedWithOne)
			.isEqualTo(FEED);
		assertThat(cost(get(hostFeed))).as("the host's calendar feed").isEqualTo(hostFeedWithOne).isEqualTo(FEED);
	}

	/** The attendee books the offering's first open time at least {@code days} ahead. */
	private Booking book(Account attendee, OfferingId offering, int days) {
		Instant after = Instant.now().plus(Duration.ofDays(days));
		Instant start = this.openSlots.of(offering)
			.stream()
			.map(OpenSlot::start)
			.filter(open -> open.isAfter(after))
			.findFirst()
			.orElseThrow();
		BookingOutcome outcome = this.bookings.book(attendee.id(),
				new BookingRequest(offering, start, List.of("karier"),
						"Aku ingin ngobrol soal karier di backend, dan cara belajar yang paling cepat.",
						UUID.randomUUID()));
		assertThat(outcome).isInstanceOf(Booked.class);
		return ((Booked) outcome).booking();
	}

	private OfferingId offeringOf(Account host) {
		return this.directory.offerings(host.id()).get(0).id();
	}

	/** The cost of {@code GET /} with and without each filter, on several pages. */
	private Map<String, Integer> discoveryCosts(String word) throws Exception {
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
		requests.add(get("/"));
		requests.add(get("/").param("q", word));
		requests.add(get("/").param("topic", "frontend"));
		requests.add(get("/").param("lang", "id"));
		requests.add(get("/").param("week", "1"));
		requests.add(get("/").param("q", word).param("topic", "frontend").param("lang", "id").param("week", "1"));
		requests.add(get("/").param("q", word).param("page", "2"));
		requests.add(get("/").param("q", word).param("page", "3"));
		requests.add(get("/").param("q", word).param("page", "40"));
		requests.add(get("/").param("q", NOBODY));
		requests.add(get("/").param("q", word).param("page", "2").header("HX-Request", "true"));
		Map<String, Integer> costs = new LinkedHashMap<>();
		for (MockHttpServletRequestBuilder request : requests) {
			Measured measured = measure(request);
			MvcResult result = measured.result();
			String parameters = result.getRequest()
				.getParameterMap()
				.entrySet()
				.stream()
				.map(parameter -> parameter.getKey() + "=" + String.join(",", parameter.getValue()))
				.collect(Collectors.joining("&"));
			String htmx = (result.getRequest().getHeader("HX-Request") != null) ? " (htmx)" : "";
			costs.put("/?" + parameters + htmx, freshVisitorCost(measured));
			assertThat(result.getResponse().getCookie("NGUPI_SESSION")).as("a visitor gets no session").isNull();
		}
		return costs;
	}

	/**
	 * What a discovery page costs a visitor who comes first: the hosts' rounds are read
	 * once for the page's hosts and kept, so another request listing the same hosts a
	 * moment later finds them kept; counted as the first pays it, so that the costs do
	 * not depend on the order of the requests.
	 */
	private static int freshVisitorCost(Measured measured) throws Exception {
		long rounds = measured.statements().stream().filter(sql -> sql.contains("\"rounds\".")).count();
		boolean listed = measured.result()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.contains("class=\"host-card\"");
		assertThat(rounds).as("the rounds of all the hosts listed in one statement, none for nobody")
			.isLessThanOrEqualTo(listed ? ROUNDS : 0);
		return (int) (measured.statements().size() - rounds) + (listed ? ROUNDS : 0);
	}

	private int cost(MockHttpServletRequestBuilder request) throws Exception {
		return measure(request).statements().size();
	}

	private Measured measure(MockHttpServletRequestBuilder request) throws Exception {
		this.statements.start();
		try {
			MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
			return new Measured(result, this.statements.stop());
		}
		finally {
			this.statements.stop();
		}
	}

	/**
	 * A request and the statements it cost.
	 *
	 * @param result the request and its answer
	 * @param statements the SQL it executed
	 */
	private record Measured(MvcResult result, List<String> statements) {
	}

}
