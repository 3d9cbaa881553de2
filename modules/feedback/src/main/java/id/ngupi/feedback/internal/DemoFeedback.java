package id.ngupi.feedback.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import id.ngupi.booking.Booking;
import id.ngupi.booking.BookingStatus;
import id.ngupi.booking.BookingQueries;
import id.ngupi.feedback.FeedbackForm;
import id.ngupi.feedback.FeedbackRole;
import id.ngupi.feedback.Feedbacks;
import id.ngupi.feedback.internal.FeedbackStore.Request;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Both sides' feedback on the sessions demo members held in the past (booking's demo
 * history), so a demo run shows ratings, testimonials and insights on several host pages
 * at once: every session whose window closed has both sides' words, revealed; a session
 * of the last days has only the host's, so its attendee is asked on Sesiku. Written once
 * per session, as members would have written it. Exists only in the {@code demo} profile.
 */
@Component
@Profile("demo")
@Order(4)
class DemoFeedback implements ApplicationRunner {

	private static final List<String> ATTENDEE_WENT_WELL = List.of(
			"Santai tapi padat. Dalam setengah jam aku dapat langkah yang jelas untuk tiga bulan ke depan.",
			"Dia mendengarkan dulu sebelum memberi saran, jadi sarannya benar-benar pas dengan situasiku.",
			"Banyak contoh nyata dari pekerjaannya sendiri, termasuk kesalahan yang pernah dia buat.",
			"Portofolioku dibedah satu per satu dengan jujur, tanpa membuatku merasa bodoh.",
			"Jawabannya lugas. Pertanyaan yang berminggu-minggu kupendam akhirnya terjawab.",
			"Dia sudah membaca ceritaku sebelum sesi, jadi kami tidak membuang waktu.",
			"Suasananya seperti ngobrol dengan kakak kelas, bukan seperti wawancara.",
			"Dia membagikan sumber belajar yang ternyata lebih berguna daripada kursus berbayar yang kuikuti.");

	private static final List<String> ATTENDEE_LEARNED = List.of(
			"Tidak perlu menguasai semua framework. Lebih baik satu yang dalam dan bisa kujelaskan alasannya.",
			"CV untuk posisi pertama cukup satu halaman, dan proyek pribadi boleh ditulis seperti pengalaman kerja.",
			"Wawancara teknis menilai cara berpikir, bukan hanya jawaban akhir. Bicara sambil mengerjakan itu penting.",
			"Menulis catatan belajar di blog sekaligus menjadi portofolio.",
			"Pindah karier di usia 30-an itu biasa; yang dilihat hasil kerja, bukan sertifikat.",
			"Sebelum memilih alat, pahami dulu masalah timnya. Yang cocok untuk tim lain belum tentu cocok untukku.",
			"Kerja remote untuk klien luar negeri bisa dimulai dari proyek kecil dan komunikasi yang rapi.",
			"Keberhasilan proyek open source bukan soal jumlah bintang, tapi siapa yang benar-benar terbantu.");

	private static final List<String> HOST_WENT_WELL = List.of(
			"Pertanyaannya sudah disiapkan dengan baik, jadi kami langsung ke inti.",
			"Terbuka menceritakan kesulitannya, sehingga saranku bisa lebih tepat.",
			"Aktif bertanya balik dan mencatat. Menyenangkan sekali.",
			"Datang tepat waktu dan tahu persis apa yang ingin dicapai.", "Semangat belajarnya menular.");

	private static final List<String> HOST_LEARNED = List.of(
			"Mahasiswa sekarang banyak belajar dari video pendek. Aku perlu menjelaskan hal dasar dengan lebih ringkas.",
			"Pertanyaannya soal etika data membuatku sadar timku belum pernah membahasnya.",
			"Caranya menjelaskan konsep kepada murid bisa kupakai saat membimbing junior di kantor.",
			"Dia memakai alat yang belum pernah kucoba. Sudah kucatat untuk dicoba minggu ini.",
			"Aku jadi sadar betapa berbedanya pasar kerja di luar Jawa. Saranku ke depan harus memperhitungkannya.",
			"Caranya menyusun pertanyaan sebelum sesi patut ditiru; akan kulakukan juga saat bertanya ke mentorku.");

	private static final List<String> ATTENDEE_MESSAGES = List.of(
			"Terima kasih banyak, Kak. Nanti kukabari hasil lamaranku.",
			"Makasih sudah meluangkan waktu di tengah kesibukan.",
			"Sesi ini berarti sekali buatku. Semoga bisa ngupi lagi bulan depan.",
			"Terima kasih! Tautan yang kamu bagikan sudah kusimpan.");

	private static final List<String> HOST_MESSAGES = List.of(
			"Semangat! Kirim portofolionya kalau sudah diperbarui, nanti kulihat lagi.",
			"Jangan ragu melamar walau merasa belum siap. Kamu lebih siap dari yang kamu kira.",
			"Senang ngobrol denganmu. Sampai jumpa di sesi berikutnya.",
			"Coba kerjakan satu proyek kecil minggu ini, lalu ceritakan hasilnya.");

	private static final List<Integer> ATTENDEE_RATINGS = List.of(5, 5, 4, 5, 4, 5, 3, 5, 4);

	private static final List<Integer> HOST_RATINGS = List.of(5, 4, 5, 5, 4);

	private final Accounts accounts;

	private final BookingQueries bookings;

	private final FeedbackStore store;

	private final Clock clock;

	DemoFeedback(Accounts accounts, BookingQueries bookings, FeedbackStore store, Clock clock) {
		this.accounts = accounts;
		this.bookings = bookings;
		this.store = store;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<Booking> past = this.accounts.demoAccounts()
			.stream()
			.map(Account::id)
			.flatMap(host -> this.bookings.asHost(host).stream())
			.filter(booking -> booking.status() == BookingStatus.COMPLETED)
			.sorted(Comparator.comparing(Booking::end))
			.toList();
		Instant now = this.clock.instant();
		for (int i = 0; i < past.size(); i++) {
			Booking session = past.get(i);
			Instant closes = session.end().plus(Feedbacks.WINDOW);
			if (this.store.request(session.host(), session.id()).isPresent()) {
				continue;
			}
			this.store.ask(new Request(session.id(), session.host(), session.attendee(), FeedbackRole.HOST,
					session.end(), closes, session.topics()));
			this.store.ask(new Request(session.id(), session.attendee(), session.host(), FeedbackRole.ATTENDEE,
					session.end(), closes, session.topics()));
			Instant hostWrote = session.end().plus(Duration.ofHours(20 + (i % 3) * 10));
			this.store.save(session.id(), session.host(),
					new FeedbackForm(HOST_RATINGS.get(i % HOST_RATINGS.size()),
							HOST_WENT_WELL.get(i % HOST_WENT_WELL.size()), HOST_LEARNED.get(i % HOST_LEARNED.size()),
							HOST_MESSAGES.get(i % HOST_MESSAGES.size()), false, i % 3 == 0),
					hostWrote.isBefore(now) ? hostWrote : now);
			if (closes.isAfter(now)) {
				// a session of the last days: its attendee has not written yet
				continue;
			}
			Instant attendeeWrote = session.end().plus(Duration.ofHours(2 + (i % 4) * 12));
			this.store.save(session.id(), session.attendee(),
					new FeedbackForm(ATTENDEE_RATINGS.get(i % ATTENDEE_RATINGS.size()),
							ATTENDEE_WENT_WELL.get(i % ATTENDEE_WENT_WELL.size()),
							ATTENDEE_LEARNED.get(i % ATTENDEE_LEARNED.size()),
							ATTENDEE_MESSAGES.get(i % ATTENDEE_MESSAGES.size()), i % 4 != 3, i % 2 == 0),
					attendeeWrote);
			this.store.reveal(session.id(), attendeeWrote.isAfter(hostWrote) ? attendeeWrote : hostWrote);
		}
	}

}
