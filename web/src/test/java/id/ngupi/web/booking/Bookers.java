package id.ngupi.web.booking;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlot;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.hosting.WeeklyWindow;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountOutcomes.ProfileOutcome;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.ProfileChange;
import id.ngupi.web.profile.Members;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Members and hosts for the booking web tests, made through the identity and hosting
 * facades. The web runs on the real clock, so times to book are taken from the host's
 * open slots, a day or more ahead so that none turns too soon while a test runs.
 */
public final class Bookers {

	public static final String QUESTION = "Apa yang ingin kamu bahas?";

	public static final String ANSWER = "Aku mau ngobrol soal transisi karier dari QA ke backend, dan cara belajar Go.";

	public static final String HOST_MEETING = "https://meet.google.com/rahasia-host";

	private final Accounts accounts;

	private final Hosting hosting;

	private final OpenSlots openSlots;

	public Bookers(Accounts accounts, Hosting hosting, OpenSlots openSlots) {
		this.accounts = accounts;
		this.hosting = hosting;
		this.openSlots = openSlots;
	}

	public Account member(String name) {
		return Members.create(this.accounts, name);
	}

	/** A member whose profile zone is the given one. */
	Account member(String name, String zone) {
		Account member = member(name);
		ProfileChange change = new ProfileChange(member.handle().value(), "Member " + name, "", zone, "id", null, null,
				null, null);
		assertThat(this.accounts.updateProfile(member.id(), change)).isEqualTo(ProfileOutcome.UPDATED);
		return member;
	}

	/**
	 * A host in Asia/Jakarta on karier and backend with a default meeting link, evenings
	 * (19:00 to 21:00) every day, and one 30-minute offering.
	 */
	public Host host(String name, boolean needsApproval) {
		Account member = member(name);
		this.hosting.saveProfile(member.id(), profile(HOST_MEETING));
		OfferingId offering = this.hosting
			.addOffering(member.id(),
					new OfferingChange("Ngupi 30 menit", 30, "", QUESTION, needsApproval, 3, 0, 21, 0, null))
			.orElseThrow();
		List<WeeklyWindow> windows = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			windows.add(new WeeklyWindow(day, TimeWindow.of(LocalTime.of(19, 0), LocalTime.of(21, 0))));
		}
		this.hosting.replaceWeeklySchedule(member.id(), windows);
		return new Host(member, offering);
	}

	/**
	 * Takes the host's default meeting link away; their offering has none of its own, so
	 * nobody can book it until a link is added.
	 */
	void removeMeetingLink(Host host) {
		this.hosting.saveProfile(host.account().id(), profile(null));
	}

	private static HostProfileChange profile(String meetingLink) {
		return new HostProfileChange("Ngobrol karier", "Halo!", List.of("karier", "backend"), List.of("id"),
				meetingLink, "Asia/Jakarta");
	}

	/** The host's open slots a day or more ahead. */
	public List<Instant> open(Host host) {
		Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
		List<Instant> open = this.openSlots.of(host.offering())
			.stream()
			.map(OpenSlot::start)
			.filter(start -> start.isAfter(tomorrow))
			.toList();
		assertThat(open).hasSizeGreaterThan(3);
		return open;
	}

	/** The attendee books the host's offering at the time, through the facade. */
	static Booking book(Bookings bookings, Account attendee, Host host, Instant start) {
		return ((Booked) bookings.book(attendee.id(),
				new BookingRequest(host.offering(), start, List.of("karier"), ANSWER, UUID.randomUUID())))
			.booking();
	}

	/** The page as the member sees it, which must answer 200. */
	static Document page(MockMvc mvc, String path, Account viewer, Cookie... cookies) throws Exception {
		// a visitor's request carries no member
		MockHttpServletRequestBuilder request = (viewer != null) ? get(path).with(Members.as(viewer)) : get(path);
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		return html(mvc.perform(request).andExpect(status().isOk()).andReturn());
	}

	static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	static String text(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * A host and their offering.
	 *
	 * @param account the host
	 * @param offering their offering
	 */
	public record Host(Account account, OfferingId offering) {

		public String handle() {
			return this.account.handle().value();
		}

		String formPath() {
			return "/@" + handle() + "/ngupi/" + this.offering + "/pesan";
		}

	}

}
