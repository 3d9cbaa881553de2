package id.ngupi.web.security;

import java.util.Map;
import java.util.Optional;

import id.ngupi.identity.AccountId;
import id.ngupi.identity.AccountNotFoundException;
import id.ngupi.identity.AccountOutcomes.LinkOutcome;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;
import id.ngupi.identity.SignInRefusedException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns what a provider's user-info endpoint says into a Ngupi account: signs the person
 * in (creating the account on first login), or links the identity to the account of the
 * member who started linking.
 */
class MemberUserService implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

	static final String SUSPENDED = "account_suspended";

	static final String LINK_REFUSED_PREFIX = "link_";

	private final DefaultOAuth2UserService userInfo = new DefaultOAuth2UserService();

	private final Accounts accounts;

	MemberUserService(Accounts accounts) {
		this.accounts = accounts;
		// Twitter/X answers {"data": {"id": ..., "username": ...}}; GitHub answers the
		// user itself.
		this.userInfo
			.setAttributesConverter(request -> "twitter".equals(request.getClientRegistration().getRegistrationId())
					? MemberUserService::unwrapData : attributes -> attributes);
	}

	@Override
	public OAuth2User loadUser(OAuth2UserRequest request) {
		Provider provider = Provider.fromId(request.getClientRegistration().getRegistrationId())
			.orElseThrow(() -> failure("unknown_provider", null));
		ProviderIdentity identity;
		try {
			identity = identityOf(provider, this.userInfo.loadUser(request).getAttributes());
		}
		catch (IllegalArgumentException incomplete) {
			throw failure("invalid_user_info", incomplete.getMessage());
		}
		HttpServletRequest http = currentRequest();

		Optional<AccountId> linking = LoginSession.takeLinking(http);
		if (linking.isPresent()) {
			LinkOutcome outcome;
			try {
				outcome = this.accounts.link(linking.get(), identity);
			}
			catch (AccountNotFoundException deletedMeanwhile) {
				throw failure(LINK_REFUSED_PREFIX + "failed", null);
			}
			if (outcome == LinkOutcome.OWNED_BY_ANOTHER_ACCOUNT || outcome == LinkOutcome.PROVIDER_TAKEN) {
				throw failure(LINK_REFUSED_PREFIX + outcome.name().toLowerCase(), null);
			}
			return new MemberPrincipal(linking.get());
		}
		try {
			return new MemberPrincipal(this.accounts.signIn(identity).id());
		}
		catch (SignInRefusedException refused) {
			LoginSession.rememberSuspension(http, refused.reason());
			throw failure(SUSPENDED, refused.reason());
		}
	}

	static ProviderIdentity identityOf(Provider provider, Map<String, Object> attributes) {
		return switch (provider) {
			case GITHUB -> new ProviderIdentity(provider, text(attributes.get("id")), text(attributes.get("login")),
					text(attributes.get("name")), text(attributes.get("avatar_url")));
			case TWITTER -> new ProviderIdentity(provider, text(attributes.get("id")), text(attributes.get("username")),
					text(attributes.get("name")), text(attributes.get("profile_image_url")));
		};
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> unwrapData(Map<String, Object> attributes) {
		Object data = attributes.get("data");
		if (!(data instanceof Map<?, ?> user)) {
			throw failure("invalid_user_info", "Twitter/X user info without data");
		}
		return (Map<String, Object>) user;
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	private static OAuth2AuthenticationException failure(String code, String description) {
		return new OAuth2AuthenticationException(new OAuth2Error(code, description, null));
	}

	private static HttpServletRequest currentRequest() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

}
