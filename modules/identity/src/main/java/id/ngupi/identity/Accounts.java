package id.ngupi.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ngupi.identity.AccountEvents.AccountCreated;
import id.ngupi.identity.AccountEvents.AccountDeleted;
import id.ngupi.identity.AccountEvents.AccountRestored;
import id.ngupi.identity.AccountEvents.AccountSuspended;
import id.ngupi.identity.AccountEvents.EmailVerificationRequested;
import id.ngupi.identity.AccountEvents.EmailVerified;
import id.ngupi.identity.AccountEvents.ProfileUpdated;
import id.ngupi.identity.AccountOutcomes.EmailVerificationOutcome;
import id.ngupi.identity.AccountOutcomes.LinkOutcome;
import id.ngupi.identity.AccountOutcomes.ProfileOutcome;
import id.ngupi.identity.AccountOutcomes.UnlinkOutcome;
import id.ngupi.identity.internal.AccountStore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * Members' accounts: signing in with a provider identity, linking and unlinking
 * providers, profiles, email verification, export and deletion. Every change is one
 * transaction and announces itself with an {@link AccountEvents event}.
 */
@Service
@Validated
public class Accounts {

	/** How long an email verification link works. */
	public static final Duration EMAIL_LINK_VALIDITY = Duration.ofHours(24);

	/** The longest email address (RFC 5321's limit; the database checks the same). */
	public static final int EMAIL_MAX_LENGTH = 254;

	private final AccountStore store;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Accounts(AccountStore store, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Finds the account that owns the provider identity, creating one on first login.
	 * Accounts are found by the provider's stable user id, never by username or email.
	 * @throws SignInRefusedException when the account is suspended
	 */
	public Account signIn(ProviderIdentity identity) {
		Account account;
		try {
			account = this.transactions.execute(status -> signInOnce(identity));
		}
		catch (DuplicateKeyException raced) {
			// The same person's first login ran twice at once; the other one created the
			// account.
			account = this.transactions.execute(status -> signInOnce(identity));
		}
		if (account.suspended()) {
			throw new SignInRefusedException(account.suspendedReason());
		}
		return account;
	}

	private Account signInOnce(ProviderIdentity identity) {
		Instant now = this.clock.instant();
		Optional<AccountId> existing = this.store.findByIdentity(identity.provider(), identity.providerUserId());
		String avatar = avatarOf(identity);
		if (existing.isPresent()) {
			Account account = this.store.find(existing.get()).orElseThrow();
			if (account.suspended()) {
				// refused: not a login, so nothing is recorded
				return account;
			}
			this.store.recordLogin(identity, now);
			if (avatar != null && this.store.refreshAvatar(existing.get(), avatar)) {
				Account refreshed = this.store.find(existing.get()).orElseThrow();
				this.events.publishEvent(ProfileUpdated.of(refreshed));
				return refreshed;
			}
			return this.store.find(existing.get()).orElseThrow();
		}
		AccountId id = this.store.create(Handle.derivedFrom(identity.username()), displayNameOf(identity), avatar,
				false, now);
		if (!this.store.link(id, identity, now, true)) {
			throw new DuplicateKeyException("Identity linked concurrently: " + identity.provider());
		}
		Account account = this.store.find(id).orElseThrow();
		this.events.publishEvent(new AccountCreated(id, account.handle(), identity.provider()));
		return account;
	}

	/** Links another provider identity to a logged-in member's account. */
	@Transactional
	public LinkOutcome link(AccountId account, ProviderIdentity identity) {
		Optional<AccountId> owner = this.store.findByIdentity(identity.provider(), identity.providerUserId());
		if (owner.isPresent()) {
			return owner.get().equals(account) ? LinkOutcome.ALREADY_LINKED : LinkOutcome.OWNED_BY_ANOTHER_ACCOUNT;
		}
		Account current = this.store.find(account).orElseThrow(() -> new AccountNotFoundException(account));
		if (current.hasLinked(identity.provider())) {
			return LinkOutcome.PROVIDER_TAKEN;
		}
		try {
			if (this.store.link(account, identity, this.clock.instant(), false)) {
				return LinkOutcome.LINKED;
			}
			// linked at the same moment by someone else: by whom?
			return this.store.findByIdentity(identity.provider(), identity.providerUserId())
				.filter(account::equals)
				.map(same -> LinkOutcome.ALREADY_LINKED)
				.orElse(LinkOutcome.OWNED_BY_ANOTHER_ACCOUNT);
		}
		catch (DuplicateKeyException raced) {
			// another identity of this provider was linked at the same moment
			refuseInThisTransaction();
			return LinkOutcome.PROVIDER_TAKEN;
		}
	}

	/** Unlinks a provider, as long as another one remains to log in with. */
	@Transactional
	public UnlinkOutcome unlink(AccountId account, Provider provider) {
		Account current = this.store.find(account).orElseThrow(() -> new AccountNotFoundException(account));
		if (!current.hasLinked(provider)) {
			return UnlinkOutcome.NOT_LINKED;
		}
		return this.store.unlinkUnlessLast(account, provider) == 1 ? UnlinkOutcome.UNLINKED
				: UnlinkOutcome.LAST_IDENTITY;
	}

	@Transactional(readOnly = true)
	public Optional<Account> find(AccountId account) {
		return this.store.find(account);
	}

	/**
	 * The accounts with these ids, by id, read in one statement however many: for pages
	 * that name many members at once. Ids without an account are missing from the map.
	 */
	@Transactional(readOnly = true)
	public Map<AccountId, Account> findAll(Collection<AccountId> accounts) {
		if (accounts.isEmpty()) {
			return Map.of();
		}
		return this.store.findAll(accounts)
			.stream()
			.collect(Collectors.toUnmodifiableMap(Account::id, Function.identity()));
	}

	/** The account with this handle, whatever the case it is written in. */
	@Transactional(readOnly = true)
	public Optional<Account> findByHandle(String handle) {
		return Handle.isWellFormed(handle) ? this.store.findByHandle(handle) : Optional.empty();
	}

	/** Saves a profile change; the handle stays unique whatever its case. */
	@Transactional
	public ProfileOutcome updateProfile(AccountId account, @Valid ProfileChange change) {
		ProfileChange normalised = change.normalised();
		if (this.store.handleTaken(normalised.handle(), account)) {
			return ProfileOutcome.HANDLE_TAKEN;
		}
		try {
			this.store.updateProfile(account, normalised, this.clock.instant());
			this.events.publishEvent(ProfileUpdated.of(this.store.find(account).orElseThrow()));
			return ProfileOutcome.UPDATED;
		}
		catch (DuplicateKeyException raced) {
			refuseInThisTransaction();
			return ProfileOutcome.HANDLE_TAKEN;
		}
	}

	/**
	 * Starts verifying an email address: a link with a fresh token is announced (the mail
	 * itself is sent by whoever listens) and only its hash is stored. An earlier pending
	 * address is replaced.
	 */
	@Transactional
	public void requestEmailVerification(AccountId account, @EmailAddress String email) {
		Account current = this.store.find(account).orElseThrow(() -> new AccountNotFoundException(account));
		String token = Secrets.newToken();
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(EMAIL_LINK_VALIDITY);
		this.store.savePendingEmail(account, email.strip(), Secrets.sha256(token), now, expiresAt);
		this.events
			.publishEvent(new EmailVerificationRequested(account, email.strip(), token, expiresAt, current.language()));
	}

	/** Follows a verification link: the address becomes the account's verified email. */
	@Transactional
	public EmailVerificationOutcome verifyEmail(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return EmailVerificationOutcome.INVALID_OR_EXPIRED;
		}
		Instant now = this.clock.instant();
		return this.store.takePendingEmail(Secrets.sha256(token), now).map(verified -> {
			this.store.setVerifiedEmail(verified.account(), verified.email(), now);
			this.events.publishEvent(new EmailVerified(verified.account(), verified.email()));
			return EmailVerificationOutcome.VERIFIED;
		}).orElse(EmailVerificationOutcome.INVALID_OR_EXPIRED);
	}

	/** The address waiting for its verification link, if any (the newest one). */
	@Transactional(readOnly = true)
	public Optional<AccountExport.PendingEmail> pendingEmail(AccountId account) {
		return this.store.pendingEmails(account)
			.stream()
			.max(Comparator.comparing(AccountExport.PendingEmail::requestedAt));
	}

	@Transactional
	public void removeEmail(AccountId account) {
		this.store.removeEmail(account, this.clock.instant());
	}

	/** Everything identity holds about the member. */
	@Transactional(readOnly = true)
	public AccountExport export(AccountId account) {
		Account current = this.store.find(account).orElseThrow(() -> new AccountNotFoundException(account));
		return new AccountExport(current, this.store.pendingEmails(account));
	}

	/**
	 * Deletes the account with its identities and profile; other modules remove or
	 * anonymise what they hold when they hear {@link AccountDeleted}.
	 */
	@Transactional
	public void delete(AccountId account) {
		if (this.store.delete(account)) {
			this.events.publishEvent(new AccountDeleted(account));
		}
	}

	/**
	 * Suspends an account: its member can no longer log in and is told why;
	 * {@link AccountSuspended} tells the rest of the platform to end their sessions.
	 */
	@Transactional
	public void suspend(AccountId account, @NotBlank @Size(max = 500) String reason) {
		String stripped = reason.strip();
		if (this.store.suspend(account, stripped, this.clock.instant())) {
			this.events.publishEvent(new AccountSuspended(account, stripped));
		}
	}

	/**
	 * Lifts an account's suspension: its member can log in again, and
	 * {@link AccountRestored} tells the rest of the platform (a host is listed again if
	 * their own settings say so). What the suspension called off stays off. An account
	 * that is not suspended is left as it is and nothing is announced.
	 */
	@Transactional
	public void restore(AccountId account, @NotBlank @Size(max = 500) String reason) {
		String stripped = reason.strip();
		Instant now = this.clock.instant();
		if (this.store.restore(account, now)) {
			this.events.publishEvent(new AccountRestored(account, stripped, now));
		}
	}

	/** The demo members of a demo run, for its "try as a demo member" login. */
	@Transactional(readOnly = true)
	public List<Account> demoAccounts() {
		return this.store.demoAccounts();
	}

	/**
	 * A refused change ends its transaction by rolling back: after a constraint violation
	 * PostgreSQL accepts nothing more in it, and a commit would only be turned into a
	 * rollback silently.
	 */
	private static void refuseInThisTransaction() {
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
	}

	/**
	 * The provider's name as a display name: control characters (which PostgreSQL may
	 * refuse) removed, cut at 60 characters without splitting one in two.
	 */
	static String displayNameOf(ProviderIdentity identity) {
		String shown = (identity.displayName() == null) ? "" : identity.displayName().replaceAll("\\p{Cc}", "").strip();
		String name = shown.isEmpty() ? identity.username().replaceAll("\\p{Cc}", "").strip() : shown;
		if (name.isEmpty()) {
			name = "Ngupi";
		}
		return name.codePointCount(0, name.length()) > 60 ? name.substring(0, name.offsetByCodePoints(0, 60)) : name;
	}

	/**
	 * The provider's picture if the account can keep it (https, at most 500 characters,
	 * as the database requires); otherwise none, and the login goes on without it.
	 */
	private static String avatarOf(ProviderIdentity identity) {
		String url = identity.avatarUrl();
		return (url != null && url.length() <= 500 && HttpsUrl.Validator.isHttpsUrl(url)) ? url : null;
	}

}
