package id.ngupi.web.profile;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;
import id.ngupi.web.security.MemberPrincipal;

import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Members for web tests: accounts created the way a first login creates them, and a
 * logged-in session for them. Every test context shares one database, so each member gets
 * a handle no other test uses. Shared by the web tests of every settings page.
 */
public final class Members {

	private Members() {
	}

	/** A new member whose handle starts with {@code name} and is unique. */
	public static Account create(Accounts accounts, String name) {
		String handle = name + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
		return accounts.signIn(
				new ProviderIdentity(Provider.GITHUB, UUID.randomUUID().toString(), handle, "Member " + handle, null));
	}

	/** The request made in the member's logged-in session. */
	public static RequestPostProcessor as(Account member) {
		MemberPrincipal principal = MemberPrincipal.of(member.id());
		return authentication(new OAuth2AuthenticationToken(principal, principal.getAuthorities(), "github"));
	}

}
