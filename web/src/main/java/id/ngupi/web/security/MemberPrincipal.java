package id.ngupi.web.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.ngupi.identity.AccountId;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * A logged-in member as the session remembers them: only the account id. Everything else
 * (name, handle, suspension) is read fresh from the account on each request, so a change
 * is seen at once. The principal name is the account id, which lets the session store
 * find a member's sessions.
 */
public final class MemberPrincipal implements OAuth2User, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static final List<GrantedAuthority> AUTHORITIES = List.of(new SimpleGrantedAuthority("ROLE_MEMBER"));

	private final UUID accountId;

	MemberPrincipal(AccountId accountId) {
		this.accountId = accountId.value();
	}

	/**
	 * The principal of a member who has already been authenticated elsewhere; for tests
	 * that log a member in without going through a provider.
	 */
	public static MemberPrincipal of(AccountId accountId) {
		return new MemberPrincipal(accountId);
	}

	public AccountId accountId() {
		return new AccountId(this.accountId);
	}

	@Override
	public String getName() {
		return this.accountId.toString();
	}

	@Override
	public Map<String, Object> getAttributes() {
		return Map.of("account", this.accountId.toString());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return AUTHORITIES;
	}

}
