package id.ngupi.web.hosting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import id.ngupi.hosting.Availability;
import id.ngupi.hosting.CandidateTime;
import id.ngupi.hosting.ExtraWindow;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Hosting;
import id.ngupi.hosting.OfferingId;
import id.ngupi.hosting.OneOffSlot;
import id.ngupi.hosting.TimeWindow;
import id.ngupi.hosting.WeeklyWindow;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.profile.Members;
import id.ngupi.web.support.Links;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static id.ngupi.web.hosting.Hosts.errorsOf;
import static id.ngupi.web.hosting.Hosts.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A host sets the weekly schedule, days off, extra hours and one-off slots at
 * {@code /settings/hosting/schedule}, all in the zone of their schedule, and sees the
 * next times attendees will be offered. Bad input is refused next to its row or field and
 * changes nothing.
 */
@NgupiWebTest
class ScheduleSettingsTests {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private static final List<WeeklyWindow> FRIDAY_MORNING = List
		.of(new WeeklyWindow(DayOfWeek.FRIDAY, TimeWindow.of(LocalTime.of(8, 0), LocalTime.of(10, 0))));

	private final MockMvc mvc;

	private final Hosting hosting;

	private final HostDirectory directory;

	private final Hosts hosts;

	ScheduleSettingsTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired HostDirectory directory) {
		this.mvc = mvc;
		this.hosting = hosting;
		this.directory = directory;
		this.hosts = new Hosts(accounts, hosting, directory);
	}

	@Test
	void sendsVisitorsToTheLoginPageAndMembersWhoDoNotHostToTurnHostingOn() throws Exception {
		Account host = this.hosts.host("tamu");
		Account member = this.hosts.member("bukanhost");

		this.mvc.perform(get("/settings/hosting/schedule"))
			.andExpect(redirectedUrl("/login?continue=/settings/hosting/schedule"));
		this.mvc.perform(weekly("monday-1", "09:00", "10:00").with(csrf())).andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(
					post("/settings/hosting/schedule/days-off").param("dayOffDate", tomorrow().toString()).with(csrf()))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/settings/hosting/schedule").with(Members.as(member)))
			.andExpect(redirectedUrl("/settings/hosting"));
		this.mvc
			.perform(post("/settings/hosting/schedule/days-off").param("dayOffDate", tomorrow().toString())
				.with(Members.as(member))
				.with(csrf()))
			.andExpect(redirectedUrl("/settings/hosting"));
		this.mvc.perform(weekly("monday-1", "09:00", "10:00").with(Members.as(member)).with(csrf()))
			.andExpect(redirectedUrl("/settings/hosting"));

		assertThat(availability(host).hasAnyTime()).isFalse();
		assertThat(this.directory.find(member.id())).isEmpty();
	}

	@Test
	void showsTheHostsTimezoneAndAnEmptyWeek() throws Exception {
		Account host = this.hosts.host("zona");

		Document page = html(this.mvc.perform(get("/settings/hosting/schedule").with(Members.as(host)))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.selectFirst("#schedule-zone strong").text())
			.isEqualTo("Semua jam di halaman ini dalam zona waktu Asia/Jakarta (WIB).");
		assertThat(page.select(".weekly-day legend").eachText()).containsExactly("Senin", "Selasa", "Rabu", "Kamis",
				"Jumat", "Sabtu", "Minggu");
		assertThat(page.select(".weekly-day")).allSatisfy(day -> assertThat(day.select(".time-row")).hasSize(3));
		assertThat(page.select("#weeklySchedule input[type=time]"))
			.allSatisfy(input -> assertThat(input.val()).isEmpty());
		assertThat(page.select("#daysOff-none")).hasSize(1);
		assertThat(page.select("#slots-noOffering")).as("a one-off slot needs an offering").hasSize(1);

		Document english = html(
				this.mvc.perform(get("/settings/hosting/schedule").cookie(Hosts.ENGLISH).with(Members.as(host)))
					.andReturn());
		assertThat(english.selectFirst("#schedule-zone strong").text())
			.isEqualTo("All times on this page are in the Asia/Jakarta (WIB) timezone.");
		assertThat(english.select(".weekly-day legend").eachText()).startsWith("Monday", "Tuesday");
	}

	@Test
	void savesTheWeeklyScheduleAndPreviewsTheNextTimes() throws Exception {
		Account host = this.hosts.host("mingguan");
		this.hosts.offering(host);
		MockHttpServletRequestBuilder form = post("/settings/hosting/schedule");
		for (DayOfWeek day : DayOfWeek.values()) {
			String row = day.name().toLowerCase() + "-1";
			form.param(row + "-start", "19:00").param(row + "-end", "21:00");
		}
		form.param("tuesday-2-start", "22:00").param("tuesday-2-end", "00:00");
		form.param("wednesday-3-start", "").param("wednesday-3-end", "");

		MvcResult saved = this.mvc.perform(form.with(Members.as(host)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/settings/hosting/schedule"))
			.andReturn();

		List<WeeklyWindow> weekly = availability(host).weekly();
		assertThat(weekly).hasSize(8)
			.contains(new WeeklyWindow(DayOfWeek.MONDAY, new TimeWindow(19 * 60, 21 * 60)),
					new WeeklyWindow(DayOfWeek.TUESDAY, new TimeWindow(22 * 60, TimeWindow.MINUTES_PER_DAY)));
		Document page = html(
				this.mvc.perform(get("/settings/hosting/schedule").cookie(Hosts.session(saved)).with(Members.as(host)))
					.andReturn());
		assertThat(page.selectFirst("#notice").text()).isEqualTo("Jadwal mingguanmu tersimpan.");
		assertThat(page.selectFirst("#monday-1-start").val()).isEqualTo("19:00");
		assertThat(page.selectFirst("#tuesday-2-start").val()).isEqualTo("22:00");
		assertThat(page.selectFirst("#tuesday-2-end").val()).as("midnight is typed as 00:00").isEqualTo("00:00");
		List<String> times = page.select("#schedulePreview .preview-times li").eachText();
		assertThat(times).hasSize(6)
			.allMatch(time -> time.matches("\\p{L}+, \\d{1,2} \\p{L}+, \\d\\d\\.\\d\\d–\\d\\d\\.\\d\\d"),
					"a day and times, the clock written the Indonesian way");
		assertThat(times).anyMatch(time -> time.endsWith("19.00–19.30"));
		assertThat(page.selectFirst("#schedulePreview h3").text()).isEqualTo("Ngupi 30 menit");
	}

	@Test
	void previewsNoTimeOfASessionTypeNobodyCanBookForWantOfAMeetingLink() throws Exception {
		Account host = this.hosts.hostWithoutMeetingLink("tanpatautan");
		OfferingId offering = this.hosts.offering(host);
		this.hosts.schedule(host);

		Document page = html(this.mvc.perform(get("/settings/hosting/schedule").with(Members.as(host))).andReturn());

		assertThat(page.select("#schedulePreview .preview-times li")).as("attendees see none of its times").isEmpty();
		assertThat(page.selectFirst("#schedulePreview .preview-offering__none").text())
			.startsWith("Belum ada yang bisa memesannya");
		assertThat(page.selectFirst("#schedulePreview .preview-offering__none a").attr("href"))
			.isEqualTo(Links.hostingOfferingMeetingLink(offering));
	}

	@Test
	void refusesAWindowEndingBeforeItStarts() throws Exception {
		Account host = this.hosts.host("mundur");

		Document page = refused(host, weekly("monday-1", "10:00", "09:00"));

		assertThat(errorsOf(page, "monday-1")).containsExactly("Jam selesai harus setelah jam mulai.");
		assertThat(page.selectFirst("#monday-1-start").val()).as("what was typed is kept").isEqualTo("10:00");
		assertThat(page.selectFirst("#monday-1-end").val()).isEqualTo("09:00");
		assertThat(page.selectFirst("#monday-1-start").attr("aria-invalid")).isEqualTo("true");
		assertThat(errorsOf(refused(host, weekly("friday-2", "09:00", "09:00")), "friday-2"))
			.containsExactly("Jam selesai harus setelah jam mulai.");
	}

	@Test
	void refusesMidnightToMidnightClearly() throws Exception {
		Account host = this.hosts.host("tengahmalam");

		Document page = refused(host, weekly("sunday-1", "00:00", "00:00"));

		assertThat(errorsOf(page, "sunday-1")).singleElement()
			.asString()
			.startsWith("00.00 sampai 00.00 tidak bisa dipakai.");
	}

	@Test
	void refusesOverlappingWindowsOfOneDay() throws Exception {
		Account host = this.hosts.host("tumpuk");

		Document page = refused(host,
				weekly("wednesday-1", "09:00", "12:00").param("wednesday-2-start", "11:00")
					.param("wednesday-2-end", "13:00")
					.param("thursday-1-start", "11:00")
					.param("thursday-1-end", "13:00"));

		String message = "Rentang jam ini bertumpuk dengan rentang lain di hari yang sama.";
		assertThat(errorsOf(page, "wednesday-1")).containsExactly(message);
		assertThat(errorsOf(page, "wednesday-2")).containsExactly(message);
		assertThat(errorsOf(page, "thursday-1")).as("another day may have the same hours").isEmpty();
	}

	@Test
	void refusesAHalfFilledRowAndATimeThatIsNone() throws Exception {
		Account host = this.hosts.host("setengah");

		Document page = refused(host,
				weekly("thursday-1", "09:00", "").param("saturday-1-start", "pagi").param("saturday-1-end", "10:00"));

		assertThat(errorsOf(page, "thursday-1"))
			.containsExactly("Isi jam mulai dan jam selesai, atau kosongkan keduanya.");
		assertThat(errorsOf(page, "saturday-1")).containsExactly("Masukkan jam dengan format JJ.MM, misalnya 19.30.");
	}

	@Test
	void showsScheduleErrorsInEnglishToAnEnglishViewer() throws Exception {
		Account host = this.hosts.host("english");

		Document page = refused(host,
				weekly("monday-1", "10:00", "09:00").cookie(Hosts.ENGLISH)
					.param("tuesday-1-start", "09:00")
					.param("tuesday-1-end", "12:00")
					.param("tuesday-2-start", "11:00")
					.param("tuesday-2-end", "13:00"));

		assertThat(errorsOf(page, "monday-1")).containsExactly("The end time must be after the start time.");
		assertThat(errorsOf(page, "tuesday-2")).containsExactly("This range overlaps another range on the same day.");
	}

	@Test
	void addsAndRemovesADayOff() throws Exception {
		Account host = this.hosts.host("libur");
		LocalDate date = tomorrow().plusDays(1);

		MvcResult added = this.mvc
			.perform(post("/settings/hosting/schedule/days-off").param("dayOffDate", date.toString())
				.with(Members.as(host))
				.with(csrf()))
			.andExpect(redirectedUrl("/settings/hosting/schedule"))
			.andReturn();

		assertThat(availability(host).daysOff()).containsExactly(date);
		Document page = html(
				this.mvc.perform(get("/settings/hosting/schedule").cookie(Hosts.session(added)).with(Members.as(host)))
					.andReturn());
		assertThat(page.selectFirst("#notice").text()).startsWith("Hari libur ditambahkan: ");
		assertThat(page.select("#daysOff-list li")).hasSize(1);
		assertThat(page.selectFirst("#daysOff-list input[name=date]").val()).isEqualTo(date.toString());

		this.mvc
			.perform(post("/settings/hosting/schedule/days-off/remove").param("date", date.toString())
				.with(Members.as(host))
				.with(csrf()))
			.andExpect(redirectedUrl("/settings/hosting/schedule"));
		assertThat(availability(host).daysOff()).isEmpty();
	}

	@Test
	void withoutJavaScriptADayOffAndExtraHoursRedirectToAPageWhosePreviewShowsThem() throws Exception {
		Account host = this.hosts.host("tanpajs");
		this.hosts.offering(host);
		this.hosts.schedule(host);
		List<CandidateTime> upcoming = this.directory.upcomingByOffering(host.id(), SchedulePreview.TIMES)
			.values()
			.iterator()
			.next();
		LocalDate monday = LocalDate.ofInstant(upcoming.get(0).start(), JAKARTA);
		String mondayText = DateTimeFormatter.ofPattern("EEEE, d MMMM", Locale.forLanguageTag("id")).format(monday)
				+ ",";
		assertThat(
				previewOf(html(this.mvc.perform(get("/settings/hosting/schedule").with(Members.as(host))).andReturn())))
			.as("the preview starts on that Monday")
			.first()
			.asString()
			.startsWith(mondayText);

		MvcResult added = this.mvc
			.perform(post("/settings/hosting/schedule/days-off").param("dayOffDate", monday.toString())
				.with(Members.as(host))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/settings/hosting/schedule"))
			.andReturn();
		this.mvc.perform(extraHours(monday.plusDays(1), "08:00", "09:00").with(Members.as(host)).with(csrf()))
			.andExpect(redirectedUrl("/settings/hosting/schedule"));

		Document page = html(
				this.mvc.perform(get("/settings/hosting/schedule").cookie(Hosts.session(added)).with(Members.as(host)))
					.andReturn());
		assertThat(page.select("#daysOff-list input[name=date]").eachAttr("value")).containsExactly(monday.toString());
		List<String> times = previewOf(page);
		assertThat(times).as("nothing on the day off").noneMatch(time -> time.startsWith(mondayText));
		assertThat(times).as("the extra hours offered").anyMatch(time -> time.endsWith("08.00–08.30"));
	}

	@Test
	void refusesADayOffInThePastOrWithoutADate() throws Exception {
		Account host = this.hosts.host("lalu");

		for (String date : new String[] { today().minusDays(2).toString(), "", "kemarin" }) {
			Document page = html(this.mvc
				.perform(post("/settings/hosting/schedule/days-off").param("dayOffDate", date)
					.with(Members.as(host))
					.with(csrf()))
				.andExpect(status().isOk())
				.andReturn());
			assertThat(errorsOf(page, "dayOffDate")).as(date)
				.containsExactly(
						date.isEmpty() || date.equals("kemarin") ? "Pilih tanggal." : "Tanggal itu sudah lewat.");
			assertThat(page.selectFirst("#dayOffDate").val()).isEqualTo(date);
		}

		assertThat(availability(host).daysOff()).isEmpty();
	}

	@Test
	void addsAndRemovesExtraHoursAndRefusesOverlappingOnes() throws Exception {
		Account host = this.hosts.host("tambah");
		LocalDate date = tomorrow();

		this.mvc.perform(extraHours(date, "08:00", "10:00").with(Members.as(host)).with(csrf()))
			.andExpect(redirectedUrl("/settings/hosting/schedule"));
		ExtraWindow extra = new ExtraWindow(date, new TimeWindow(8 * 60, 10 * 60));
		assertThat(availability(host).extra()).containsExactly(extra);

		Document overlapping = html(
				this.mvc.perform(extraHours(date, "09:00", "11:00").with(Members.as(host)).with(csrf()))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(errorsOf(overlapping, "extraTime"))
			.containsExactly("Rentang jam ini bertumpuk dengan jam tambahan lain di tanggal yang sama.");
		Document backwards = html(
				this.mvc.perform(extraHours(date, "11:00", "10:00").with(Members.as(host)).with(csrf()))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(errorsOf(backwards, "extraTime")).containsExactly("Jam selesai harus setelah jam mulai.");
		assertThat(backwards.selectFirst("#extraStart").val()).isEqualTo("11:00");
		Document past = html(
				this.mvc.perform(extraHours(today().minusDays(2), "08:00", "10:00").with(Members.as(host)).with(csrf()))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(errorsOf(past, "extraDate")).containsExactly("Tanggal itu sudah lewat.");
		assertThat(availability(host).extra()).containsExactly(extra);
		assertThat(overlapping.select("#extra-list li").eachText()).singleElement().asString().contains("08.00–10.00");

		this.mvc
			.perform(post("/settings/hosting/schedule/extra-hours/remove").param("date", date.toString())
				.param("start", "480")
				.param("end", "600")
				.with(Members.as(host))
				.with(csrf()))
			.andExpect(redirectedUrl("/settings/hosting/schedule"));
		assertThat(availability(host).extra()).isEmpty();
	}

	@Test
	void addsAndRemovesAOneOffSlotInTheHostsZone() throws Exception {
		Account host = this.hosts.host("slot");
		OfferingId offering = this.hosts.offering(host);
		// beyond the offering's minimum notice of 12 hours, whatever the time of day
		LocalDate date = tomorrow().plusDays(1);

		this.mvc.perform(oneOffSlot(offering.toString(), date, "10:00").with(Members.as(host)).with(csrf()))
			.andExpect(redirectedUrl("/settings/hosting/schedule"));

		OneOffSlot slot = new OneOffSlot(offering, date.atTime(10, 0).atZone(JAKARTA).toInstant());
		assertThat(availability(host).oneOffSlots()).containsExactly(slot);
		Document page = html(this.mvc.perform(get("/settings/hosting/schedule").with(Members.as(host))).andReturn());
		assertThat(page.selectFirst("#slots-list li span").text())
			.endsWith(", 10.00 Asia/Jakarta (WIB), jenis sesi \"Ngupi 30 menit\"");
		assertThat(page.select("#schedulePreview .preview-times li").eachText()).as("the slot is offered")
			.anyMatch(time -> time.endsWith("10.00–10.30"));

		this.mvc
			.perform(post("/settings/hosting/schedule/one-off-slots/remove").param("offering", offering.toString())
				.param("start", slot.start().toString())
				.with(Members.as(host))
				.with(csrf()))
			.andExpect(redirectedUrl("/settings/hosting/schedule"));
		assertThat(availability(host).oneOffSlots()).isEmpty();
	}

	@Test
	void refusesAOneOffSlotInThePast() throws Exception {
		Account host = this.hosts.host("slotlalu");
		OfferingId offering = this.hosts.offering(host);

		Document page = html(this.mvc
			.perform(oneOffSlot(offering.toString(), today().minusDays(1), "10:00").with(Members.as(host)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(errorsOf(page, "slotTime")).containsExactly("Waktu itu sudah lewat. Pilih waktu yang akan datang.");
		assertThat(page.selectFirst("#slotDate").val()).isEqualTo(today().minusDays(1).toString());
		assertThat(availability(host).oneOffSlots()).isEmpty();

		Document english = html(this.mvc
			.perform(oneOffSlot(offering.toString(), today().minusDays(1), "10:00").cookie(Hosts.ENGLISH)
				.with(Members.as(host))
				.with(csrf()))
			.andReturn());
		assertThat(errorsOf(english, "slotTime"))
			.containsExactly("That time has already passed. Choose a time to come.");
	}

	@Test
	void refusesAOneOffSlotForAnotherMembersOffering() throws Exception {
		Account owner = this.hosts.host("pemilik");
		Account other = this.hosts.host("lain");
		OfferingId offering = this.hosts.offering(owner);
		this.hosts.offering(other);

		for (String id : new String[] { offering.toString(), "bukan-id" }) {
			Document page = html(
					this.mvc.perform(oneOffSlot(id, tomorrow(), "10:00").with(Members.as(other)).with(csrf()))
						.andExpect(status().isOk())
						.andReturn());
			assertThat(errorsOf(page, "slotOffering")).as(id).containsExactly("Pilih salah satu jenis sesimu.");
		}

		assertThat(availability(owner).oneOffSlots()).isEmpty();
		assertThat(availability(other).oneOffSlots()).isEmpty();
	}

	@Test
	void doesNotRemoveAnotherHostsOverrides() throws Exception {
		Account owner = this.hosts.host("punya");
		Account other = this.hosts.host("orang");
		OfferingId offering = this.hosts.offering(owner);
		LocalDate date = tomorrow();
		this.hosting.addDayOff(owner.id(), date);
		this.hosting.addExtraWindow(owner.id(), new ExtraWindow(date, new TimeWindow(8 * 60, 10 * 60)));
		OneOffSlot slot = new OneOffSlot(offering, date.atTime(10, 0).atZone(JAKARTA).toInstant());
		this.hosting.addOneOffSlot(owner.id(), offering, date.atTime(10, 0));
		Availability before = availability(owner);

		this.mvc
			.perform(post("/settings/hosting/schedule/days-off/remove").param("date", date.toString())
				.with(Members.as(other))
				.with(csrf()))
			.andExpect(redirectedUrl("/settings/hosting/schedule"));
		this.mvc
			.perform(post("/settings/hosting/schedule/extra-hours/remove").param("date", date.toString())
				.param("start", "480")
				.param("end", "600")
				.with(Members.as(other))
				.with(csrf()))
			.andExpect(redirectedUrl("/settings/hosting/schedule"));
		this.mvc
			.perform(post("/settings/hosting/schedule/one-off-slots/remove").param("offering", offering.toString())
				.param("start", slot.start().toString())
				.with(Members.as(other))
				.with(csrf()))
			.andExpect(redirectedUrl("/settings/hosting/schedule"));
		this.mvc
			.perform(post("/settings/hosting/schedule/extra-hours/remove").param("date", "x")
				.param("start", "600")
				.param("end", "480")
				.with(Members.as(other))
				.with(csrf()))
			.andExpect(redirectedUrl("/settings/hosting/schedule"));

		assertThat(availability(owner)).isEqualTo(before);
	}

	@Test
	void answersHtmxWithTheOverridesAndThePreviewAlone() throws Exception {
		Account host = this.hosts.host("htmx");
		LocalDate date = tomorrow();
		this.hosting.addDayOff(host.id(), date);

		String removed = Hosts.text(
				this.mvc
					.perform(post("/settings/hosting/schedule/days-off/remove").param("date", date.toString())
						.header("HX-Request", "true")
						.with(Members.as(host))
						.with(csrf()))
					.andExpect(status().isOk())
					.andReturn());

		assertThat(removed).doesNotContain("<html", "<header");
		assertThat(removed.strip()).startsWith("<section id=\"scheduleOverrides\"");
		Document fragment = Jsoup.parse(removed);
		assertThat(fragment.selectFirst("#scheduleOverrides #notice").text()).startsWith("Hari libur dihapus: ");
		assertThat(fragment.selectFirst("#schedulePreview").attr("hx-swap-oob")).isEqualTo("true");
		assertThat(fragment.select("#daysOff-none")).hasSize(1);
		assertThat(availability(host).daysOff()).isEmpty();

		String refused = Hosts.text(
				this.mvc
					.perform(post("/settings/hosting/schedule/days-off").param("dayOffDate", "")
						.header("HX-Request", "true")
						.with(Members.as(host))
						.with(csrf()))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(refused).doesNotContain("<html", "<header");
		assertThat(errorsOf(Jsoup.parse(refused), "dayOffDate")).containsExactly("Pilih tanggal.");
	}

	@Test
	void refusesScheduleChangesWithoutCsrfToken() throws Exception {
		Account host = this.hosts.host("csrf");
		this.hosting.replaceWeeklySchedule(host.id(), FRIDAY_MORNING);

		this.mvc.perform(weekly("monday-1", "09:00", "10:00").with(Members.as(host))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/settings/hosting/schedule/days-off").param("dayOffDate", tomorrow().toString())
				.with(Members.as(host)))
			.andExpect(status().isForbidden());

		assertThat(availability(host).weekly()).isEqualTo(FRIDAY_MORNING);
		assertThat(availability(host).daysOff()).isEmpty();
	}

	/**
	 * Posts a weekly schedule over a saved one, expects it refused, and checks that the
	 * saved one is unchanged.
	 */
	private Document refused(Account host, MockHttpServletRequestBuilder request) throws Exception {
		this.hosting.replaceWeeklySchedule(host.id(), FRIDAY_MORNING);
		Document page = html(
				this.mvc.perform(request.with(Members.as(host)).with(csrf())).andExpect(status().isOk()).andReturn());
		assertThat(page.selectFirst("#weeklySchedule #form-errors")).as("summary of errors").isNotNull();
		assertThat(availability(host).weekly()).as("nothing saved").isEqualTo(FRIDAY_MORNING);
		return page;
	}

	private static List<String> previewOf(Document page) {
		return page.select("#schedulePreview .preview-times li").eachText();
	}

	private Availability availability(Account host) {
		return this.directory.availability(host.id()).orElseThrow();
	}

	private static MockHttpServletRequestBuilder weekly(String row, String start, String end) {
		return post("/settings/hosting/schedule").param(row + "-start", start).param(row + "-end", end);
	}

	private static MockHttpServletRequestBuilder extraHours(LocalDate date, String start, String end) {
		return post("/settings/hosting/schedule/extra-hours").param("extraDate", date.toString())
			.param("extraStart", start)
			.param("extraEnd", end);
	}

	private static MockHttpServletRequestBuilder oneOffSlot(String offering, LocalDate date, String time) {
		return post("/settings/hosting/schedule/one-off-slots").param("slotOffering", offering)
			.param("slotDate", date.toString())
			.param("slotTime", time);
	}

	private static LocalDate today() {
		return LocalDate.now(JAKARTA);
	}

	private static LocalDate tomorrow() {
		return today().plusDays(1);
	}

}
