package id.ngupi.web.calendar;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import biweekly.Biweekly;
import biweekly.ICalendar;
import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingOutcome.Booked;
import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingChange;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.hosting.WeeklyWindow;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.profile.Members;

import org.springframework.test.web.servlet.MvcResult;

/**
 * Hosts, members and booked sessions for the calendar tests, made through the modules'
 * facades; and the calendar text of a response, parsed back.
 */
final class Sessions {

	static final String MEETING = "https://meet.google.com/abc-defg-hij";

	static final String ANSWER = "Aku ingin ngobrol soal pindah dari desain ke frontend. "
			+ "Sudah belajar React tiga bulan dan bingung mulai dari proyek apa.";

	private final Accounts accounts;

	private final Hosting hosting;

	private final HostDirectory directory;

	private final OpenSlots openSlots;

	private final Bookings bookings;

	Sessions(Accounts accounts, Hosting hosting, HostDirectory directory, OpenSlots openSlots, Bookings bookings) {
		this.accounts = accounts;
		this.hosting = hosting;
		this.directory = directory;
		this.openSlots = openSlots;
		this.bookings = bookings;
	}

	Account member(String name) {
		return Members.create(this.accounts, name);
	}

	/** A host in Jakarta offering "Ngobrol karier" every evening, 19:00 to 21:00. */
	Account host(String name, boolean approval) {
		Account host = hostWithoutTimes(name, approval);
		List<WeeklyWindow> evenings = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			evenings.add(new WeeklyWindow(day, TimeWindow.of(LocalTime.of(19, 0), LocalTime.of(21, 0))));
		}
		this.hosting.replaceWeeklySchedule(host.id(), evenings);
		return host;
	}

	/** A host with an offering but no hours: nothing open. */
	Account hostWithoutTimes(String name, boolean approval) {
		Account host = member(name);
		this.hosting.saveProfile(host.id(), new HostProfileChange("Ngobrol soal karier", "Halo!",
				List.of("karier", "frontend"), List.of("id"), MEETING, "Asia/Jakarta"));
		this.hosting.addOffering(host.id(),
				new OfferingChange("Ngobrol karier", 30, "", "Topik apa?", approval, 3, 1, 21, 0, null));
		return host;
	}

	OfferingId offering(Account host) {
		return this.directory.offerings(host.id()).get(0).id();
	}

	/** The attendee books the host's next open time. */
	Booking book(Account attendee, Account host) {
		OfferingId offering = offering(host);
		BookingRequest request = new BookingRequest(offering, this.openSlots.of(offering).get(0).start(),
				List.of("frontend"), ANSWER, UUID.randomUUID());
		return ((Booked) this.bookings.book(attendee.id(), request)).booking();
	}

	static ICalendar calendar(MvcResult result) throws Exception {
		return Biweekly.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).first();
	}

}
