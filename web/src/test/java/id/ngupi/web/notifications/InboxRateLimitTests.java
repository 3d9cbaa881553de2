package id.ngupi.web.notifications;

import id.ngupi.booking.OpenSlots;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.booking.Bookers;
import id.ngupi.web.profile.Members;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inbox's actions count like settings changes (60 in ten minutes by default), while a
 * mail's one-click unsubscribe is never held back: mail providers post it for many
 * members from a few addresses, and only its signed token decides anything.
 */
@NgupiWebTest
class InboxRateLimitTests {

	private static final int SETTINGS_PERMITS = 60;

	private final MockMvc mvc;

	private final Bookers members;

	InboxRateLimitTests(@Autowired MockMvc mvc, @Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired OpenSlots openSlots) {
		this.mvc = mvc;
		this.members = new Bookers(accounts, hosting, openSlots);
	}

	@Test
	void markingAllReadOverAndOverIsHeldBackLikeASettingsChange() throws Exception {
		Account eager = this.members.member("baca");
		for (int i = 0; i < SETTINGS_PERMITS; i++) {
			this.mvc.perform(post("/kabar/baca-semua").with(Members.as(eager)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		this.mvc.perform(post("/kabar/baca-semua").with(Members.as(eager)).with(csrf()))
			.andExpect(status().isTooManyRequests());
		this.mvc.perform(post("/kabar/baca-semua").with(Members.as(this.members.member("lain"))).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void oneClickUnsubscribesFromOneAddressAreNeverHeldBack() throws Exception {
		for (int i = 0; i <= SETTINGS_PERMITS; i++) {
			this.mvc.perform(post("/kabar/berhenti/bukan-token-" + i)).andExpect(status().isNotFound());
		}
	}

}
