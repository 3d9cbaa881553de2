package id.ngupi.web.security;

import java.util.List;

import id.ngupi.identity.Account;
import id.ngupi.identity.Provider;

/**
 * What the login page shows.
 *
 * @param providers the providers with credentials, in the order shown
 * @param demoMembers the demo members to log in as (demo run only), else empty
 * @param errorKey the message explaining a failed attempt, if any
 * @param suspendedReason why the member's account is suspended, if that was the failure
 * @param continueTo the path on this site to return to after logging in, if any (already
 * checked by {@link SafeRedirect})
 */
public record LoginPage(List<Provider> providers, List<Account> demoMembers, String errorKey, String suspendedReason,
		String continueTo) {

	public boolean demoLoginOffered() {
		return !this.demoMembers.isEmpty();
	}

	public boolean nothingConfigured() {
		return this.providers.isEmpty() && this.demoMembers.isEmpty();
	}

}
