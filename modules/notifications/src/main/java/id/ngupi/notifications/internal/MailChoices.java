package id.ngupi.notifications.internal;

import java.util.Map;
import java.util.Optional;

import id.ngupi.identity.Account;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Accounts;
import id.ngupi.notifications.NotificationKind;

import org.springframework.stereotype.Component;

/** Members' mail choices for {@link id.ngupi.notifications.MailPreferences}. */
@Component
public class MailChoices {

	private final PreferenceStore preferences;

	private final UnsubscribeTokens tokens;

	private final RefusedAddresses refused;

	private final Accounts accounts;

	MailChoices(PreferenceStore preferences, UnsubscribeTokens tokens, RefusedAddresses refused, Accounts accounts) {
		this.preferences = preferences;
		this.tokens = tokens;
		this.refused = refused;
		this.accounts = accounts;
	}

	public Map<NotificationKind, Boolean> of(AccountId member) {
		return this.preferences.of(member);
	}

	public void set(AccountId member, NotificationKind kind, boolean mail) {
		this.preferences.set(member, kind, mail);
	}

	public Optional<NotificationKind> unsubscribing(String token) {
		return this.tokens.read(token)
			.filter(claim -> this.accounts.find(claim.member()).isPresent())
			.map(UnsubscribeTokens.Claim::kind);
	}

	public Optional<NotificationKind> unsubscribe(String token) {
		return this.tokens.read(token).filter(claim -> this.accounts.find(claim.member()).isPresent()).map(claim -> {
			this.preferences.set(claim.member(), claim.kind(), false);
			return claim.kind();
		});
	}

	public Optional<String> refusal(AccountId member) {
		return this.accounts.find(member)
			.filter(Account::emailVerified)
			.map(Account::email)
			.flatMap(this.refused::reason);
	}

}
