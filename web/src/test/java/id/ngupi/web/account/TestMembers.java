package id.ngupi.web.account;

import java.util.Base64;
import java.util.UUID;

import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;
import id.ngupi.web.security.MemberPrincipal;
import jakarta.servlet.http.Cookie;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Members for web tests: accounts made through the identity facade, and two ways of being
 * logged in as one: a test authentication for a single request, or a real session in the
 * session store, reached with its cookie as a browser would.
 */
public final class TestMembers {

	public static final String SESSION_COOKIE = "NGUPI_SESSION";

	private TestMembers() {
	}

	static ProviderIdentity github(String username) {
		return new ProviderIdentity(Provider.GITHUB, UUID.randomUUID().toString(), username, null, null);
	}

	static ProviderIdentity twitter(String username) {
		return new ProviderIdentity(Provider.TWITTER, UUID.randomUUID().toString(), username, null, null);
	}

	/** A new member who logged in with GitHub once. */
	static Account newMember(Accounts accounts, String name) {
		return accounts.signIn(github(unique(name)));
	}

	static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static OAuth2AuthenticationToken token(AccountId account) {
		return new OAuth2AuthenticationToken(MemberPrincipal.of(account),
				java.util.List.of(new SimpleGrantedAuthority("ROLE_MEMBER")), "github");
	}

	/** Logged in as the member for one request. */
	static RequestPostProcessor as(Account account) {
		return authentication(token(account.id()));
	}

	/**
	 * A logged-in session of the member in the session store, as the login leaves it; the
	 * answer is the session's id.
	 */
	public static <S extends Session> String loggedInSession(FindByIndexNameSessionRepository<S> sessions,
			AccountId account) {
		S session = sessions.createSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
				new SecurityContextImpl(token(account)));
		sessions.save(session);
		return session.getId();
	}

	/** The cookie a browser holds for the session. */
	public static Cookie cookieOf(String sessionId) {
		return new Cookie(SESSION_COOKIE, Base64.getEncoder().encodeToString(sessionId.getBytes()));
	}

}
