package id.ngupi.web.calendar;

import java.nio.charset.StandardCharsets;

import id.ngupi.booking.Bookings;
import id.ngupi.booking.OpenSlots;
import id.ngupi.booking.Waitlist;
import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.profile.Members;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Joining and leaving a host's waitlist from the host's page: logged in, with the form's
 * token, only while the host has no open time; htmx gets the box alone.
 */
@NgupiWebTest
class WaitlistPageTests {

	private final MockMvc mvc;

	private final Waitlist waitlist;

	private final Sessions sessions;

	WaitlistPageTests(@Autowired MockMvc mvc, @Autowired Waitlist waitlist, @Autowired Accounts accounts,
			@Autowired Hosting hosting, @Autowired HostDirectory directory, @Autowired OpenSlots openSlots,
			@Autowired Bookings bookings) {
		this.mvc = mvc;
		this.waitlist = waitlist;
		this.sessions = new Sessions(accounts, hosting, directory, openSlots, bookings);
	}

	@Test
	void theHostsPageOffersTheWaitlistOnlyWhenNoTimeIsOpen() throws Exception {
		Account full = this.sessions.hostWithoutTimes("Ayu", false);
		Account open = this.sessions.host("Budi", false);
		Account member = this.sessions.member("Sari");
		String handle = full.handle().value();

		Document visitor = page("/@" + handle, null);
		assertThat(visitor.selectFirst("#waitlist a").attr("href")).isEqualTo("/login?continue=/@" + handle);
		assertThat(visitor.select("#waitlist form")).isEmpty();

		Document memberPage = page("/@" + handle, member);
		assertThat(memberPage.selectFirst("#waitlist form").attr("action")).isEqualTo("/@" + handle + "/tunggu");
		assertThat(memberPage.selectFirst("#waitlist form").attr("hx-post")).isEqualTo("/@" + handle + "/tunggu");
		assertThat(memberPage.selectFirst("#waitlist input[name=_csrf]")).isNotNull();

		assertThat(page("/@" + handle, full).selectFirst("#waitlist")).isNull();
		assertThat(page("/@" + open.handle().value(), member).selectFirst("#waitlist")).isNull();
	}

	@Test
	void withoutJavaScriptJoiningComesBackToTheHostsPageWithANotice() throws Exception {
		Account host = this.sessions.hostWithoutTimes("Ayu", false);
		Account member = this.sessions.member("Sari");
		String handle = host.handle().value();

		MvcResult joined = this.mvc.perform(post("/@" + handle + "/tunggu").with(Members.as(member)).with(csrf()))
			.andExpect(redirectedUrl("/@" + handle))
			.andReturn();
		// what the next request is handed: the session's flash map (MockMvc's flashAttrs
		// writes to a servlet session the JDBC session repository does not read)
		MvcResult page = this.mvc
			.perform(get("/@" + handle).with(Members.as(member))
				.requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, joined.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn();

		Document document = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(document.selectFirst("#notice").text()).contains("Kamu masuk daftar tunggu");
		assertThat(document.selectFirst("#waitlist form").attr("action")).isEqualTo("/@" + handle + "/tunggu/keluar");
	}

	@Test
	void sendsVisitorsToLogInAndBackToTheHost() throws Exception {
		Account host = this.sessions.hostWithoutTimes("Ayu", false);
		String handle = host.handle().value();

		this.mvc.perform(post("/@" + handle + "/tunggu").with(csrf()))
			.andExpect(redirectedUrl("/login?continue=/@" + handle));
	}

	@Test
	void joinsAndLeavesWithTheFormsToken() throws Exception {
		Account host = this.sessions.hostWithoutTimes("Ayu", false);
		Account member = this.sessions.member("Sari");
		String handle = host.handle().value();

		this.mvc.perform(post("/@" + handle + "/tunggu").with(Members.as(member))).andExpect(status().isForbidden());
		assertThat(this.waitlist.isWaiting(member.id(), host.id())).isFalse();

		this.mvc.perform(post("/@" + handle + "/tunggu").with(Members.as(member)).with(csrf()))
			.andExpect(redirectedUrl("/@" + handle));
		assertThat(this.waitlist.isWaiting(member.id(), host.id())).isTrue();

		this.mvc.perform(post("/@" + handle + "/tunggu/keluar").with(Members.as(member)).with(csrf()))
			.andExpect(redirectedUrl("/@" + handle));
		assertThat(this.waitlist.isWaiting(member.id(), host.id())).isFalse();
	}

	@Test
	void doesNotJoinAHostWithOpenTime() throws Exception {
		Account host = this.sessions.host("Ayu", false);
		Account member = this.sessions.member("Sari");

		this.mvc.perform(post("/@" + host.handle().value() + "/tunggu").with(Members.as(member)).with(csrf()))
			.andExpect(redirectedUrl("/@" + host.handle().value()));
		assertThat(this.waitlist.isWaiting(member.id(), host.id())).isFalse();
	}

	@Test
	void answersHtmxWithTheBoxAlone() throws Exception {
		Account host = this.sessions.hostWithoutTimes("Ayu", false);
		Account member = this.sessions.member("Sari");
		String handle = host.handle().value();

		MvcResult joined = this.mvc
			.perform(post("/@" + handle + "/tunggu").header("HX-Request", "true").with(Members.as(member)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
		Document box = Jsoup.parse(joined.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(box.select("header, footer, nav")).isEmpty();
		assertThat(box.selectFirst("#waitlist")).isNotNull();
		assertThat(box.selectFirst("#notice").text()).contains("Kamu masuk daftar tunggu");
		assertThat(box.selectFirst("#waitlist form").attr("action")).isEqualTo("/@" + handle + "/tunggu/keluar");

		MvcResult left = this.mvc
			.perform(post("/@" + handle + "/tunggu/keluar").header("HX-Request", "true")
				.with(Members.as(member))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(Jsoup.parse(left.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.selectFirst("#waitlist form")
			.attr("action")).isEqualTo("/@" + handle + "/tunggu");
		assertThat(this.waitlist.isWaiting(member.id(), host.id())).isFalse();
	}

	@Test
	void theHostOnTheirOwnWaitlistIsSentBackToTheirPage() throws Exception {
		Account host = this.sessions.hostWithoutTimes("Ayu", false);
		String handle = host.handle().value();

		for (String path : new String[] { "/tunggu", "/tunggu/keluar" }) {
			this.mvc
				.perform(post("/@" + handle + path).header("HX-Request", "true").with(Members.as(host)).with(csrf()))
				.andExpect(header().string("HX-Redirect", "/@" + handle));
		}
		assertThat(this.waitlist.isWaiting(host.id(), host.id())).isFalse();
	}

	@Test
	void htmxIsSentToTheHostsPageWhenTheHostHasTime() throws Exception {
		Account host = this.sessions.host("Ayu", false);
		Account member = this.sessions.member("Sari");

		this.mvc
			.perform(post("/@" + host.handle().value() + "/tunggu").header("HX-Request", "true")
				.with(Members.as(member))
				.with(csrf()))
			.andExpect(header().string("HX-Redirect", "/@" + host.handle().value()));
	}

	@Test
	void anUnknownHostIsNotFound() throws Exception {
		this.mvc.perform(post("/@tidakada123/tunggu").with(Members.as(this.sessions.member("Sari"))).with(csrf()))
			.andExpect(status().isNotFound());
	}

	private Document page(String path, Account viewer) throws Exception {
		MvcResult result = this.mvc.perform((viewer != null) ? get(path).with(Members.as(viewer)) : get(path))
			.andExpect(status().isOk())
			.andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
