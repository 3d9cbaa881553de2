package id.ngupi.web.security;

import id.ngupi.identity.AccountId;
import id.ngupi.identity.Provider;
import id.ngupi.web.support.Links;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Starts linking another provider to a logged-in member's account: the next OAuth
 * callback links the identity instead of logging in, and the browser comes back to the
 * account settings page as {@code ?linked=<provider>}. A refused link comes back as
 * {@code ?link-error=owned_by_another_account} or {@code ?link-error=provider_taken}, one
 * that failed otherwise (cancelled at the provider, expired code) as
 * {@code ?link-error=failed}; nothing changed then.
 */
public final class ProviderLinking {

	private ProviderLinking() {
	}

	/**
	 * Remembers the intent and answers where to send the browser (the provider's login).
	 */
	public static String start(HttpServletRequest request, AccountId account, Provider provider) {
		LoginSession.startLinking(request, account);
		LoginSession.rememberContinue(request, Links.SETTINGS_ACCOUNT + "?linked=" + provider.id());
		return Links.loginWith(provider.id());
	}

}
