package id.ngupi.notifications;

import java.util.Map;
import java.util.Optional;

import id.ngupi.identity.AccountId;
import id.ngupi.notifications.internal.MailChoices;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which kinds of notification each member gets by mail (all of them unless they say
 * otherwise; the inbox keeps everything either way), the one-click unsubscribe every
 * optional mail carries, and whether a mail server refused the member's address.
 */
@Service
public class MailPreferences {

	private final MailChoices choices;

	MailPreferences(MailChoices choices) {
		this.choices = choices;
	}

	/** Whether each kind a member may turn off is mailed to them, in display order. */
	@Transactional(readOnly = true)
	public Map<NotificationKind, Boolean> of(AccountId member) {
		return this.choices.of(member);
	}

	/**
	 * Sets whether the kind is mailed to the member.
	 * @throws IllegalArgumentException for a kind that cannot be turned off
	 */
	@Transactional
	public void choose(AccountId member, NotificationKind kind, boolean mail) {
		if (!kind.optional()) {
			throw new IllegalArgumentException("Always mailed: " + kind);
		}
		this.choices.set(member, kind, mail);
	}

	/**
	 * What a one-click unsubscribe token would turn off, without turning it off (for the
	 * page that asks first).
	 */
	@Transactional(readOnly = true)
	public Optional<NotificationKind> unsubscribing(String token) {
		return this.choices.unsubscribing(token);
	}

	/**
	 * Turns off the kind of mail the token names for the member it names. Works without a
	 * login: the signed token is the credential. Unsubscribing twice is unsubscribing.
	 * @return the kind turned off, or empty when the token is not one this site signed
	 */
	@Transactional
	public Optional<NotificationKind> unsubscribe(String token) {
		return this.choices.unsubscribe(token);
	}

	/** Why a mail server refused the member's address for good, if it did. */
	@Transactional(readOnly = true)
	public Optional<String> refusal(AccountId member) {
		return this.choices.refusal(member);
	}

}
