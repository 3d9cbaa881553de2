package id.ngupi.booking.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.ngupi.booking.BookingRequest;
import id.ngupi.booking.BookingQueries;
import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlot;
import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfile;
import id.ngupi.hosting.Offering;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few bookings between demo members of a demo run, so that "my sessions" and the host
 * dashboard have something to show: Rina booked Sari, Eko asked Budi for a CV review that
 * waits for Budi's approval. Made once, while those demo members have no booking yet.
 * Exists only in the {@code demo} profile.
 */
@Component
@Profile("demo")
@Order(2)
class DemoBookings implements ApplicationRunner {

	private final Accounts accounts;

	private final HostDirectory hosts;

	private final OpenSlots openSlots;

	private final Bookings bookings;

	private final BookingQueries queries;

	DemoBookings(Accounts accounts, HostDirectory hosts, OpenSlots openSlots, Bookings bookings,
			BookingQueries queries) {
		this.accounts = accounts;
		this.hosts = hosts;
		this.openSlots = openSlots;
		this.bookings = bookings;
		this.queries = queries;
	}

	@Override
	public void run(ApplicationArguments args) {
		book("rina-hutapea", "sari", false, List.of("frontend", "karier"),
				"Aku mahasiswi semester lima dan sedang cari magang frontend pertama. "
						+ "Ingin tahu portofolio seperti apa yang dilihat perusahaan, dan apakah React saja cukup.");
		book("eko-wibowo", "budi-santoso", true, List.of("backend", "interview"),
				"Aku guru SMK yang belajar Java enam bulan terakhir. Tolong lihat CV-ku dan ceritakan "
						+ "bagaimana interview backend untuk orang yang pindah karier.");
	}

	private void book(String attendeeHandle, String hostHandle, boolean needingApproval, List<String> topics,
			String answer) {
		Optional<Account> attendee = this.accounts.findByHandle(attendeeHandle).filter(Account::demo);
		Optional<HostProfile> host = this.hosts.findByHandle(hostHandle);
		if (attendee.isEmpty() || host.isEmpty() || !this.queries.asAttendee(attendee.get().id()).isEmpty()) {
			return;
		}
		Optional<Offering> offering = this.hosts.offerings(host.get().account())
			.stream()
			.filter(candidate -> candidate.active() && candidate.needsApproval() == needingApproval)
			.findFirst();
		if (offering.isEmpty()) {
			return;
		}
		List<OpenSlot> open = this.openSlots.of(offering.get().id());
		if (!open.isEmpty()) {
			this.bookings.book(attendee.get().id(),
					new BookingRequest(open.get(0).offering(), open.get(0).start(), topics, answer, UUID.randomUUID()));
		}
	}

}
