package id.ngupi.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.ngupi.db.jooq.identity.tables.records.AccountRecord;
import id.ngupi.db.jooq.identity.tables.records.LinkedIdentityRecord;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountExport;
import id.ngupi.identity.AccountId;
import id.ngupi.identity.Handle;
import id.ngupi.identity.ProfileChange;
import id.ngupi.identity.ProfileLinks;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Records;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.identity.Tables.ACCOUNT;
import static id.ngupi.db.jooq.identity.Tables.EMAIL_VERIFICATION;
import static id.ngupi.db.jooq.identity.Tables.LINKED_IDENTITY;

/**
 * Accounts, their linked identities and pending email verifications, in the
 * {@code identity} schema.
 */
@Repository
public class AccountStore {

	private final DSLContext sql;

	AccountStore(DSLContext sql) {
		this.sql = sql;
	}

	/** The account with its identities, in one statement. */
	public Optional<Account> find(AccountId id) {
		return selectAccountsWhere(ACCOUNT.ID.eq(id.value())).fetchOptional(Records.mapping(AccountStore::toAccount));
	}

	/**
	 * The accounts with these ids, with their identities, in one statement however many;
	 * ids without an account are left out.
	 */
	public List<Account> findAll(Collection<AccountId> ids) {
		return selectAccountsWhere(ACCOUNT.ID.in(ids.stream().map(AccountId::value).distinct().toList()))
			.fetch(Records.mapping(AccountStore::toAccount));
	}

	/** The account with this handle, whatever its case, with its identities. */
	public Optional<Account> findByHandle(String handle) {
		return selectAccountsWhere(ACCOUNT.HANDLE.eq(citext(handle)))
			.fetchOptional(Records.mapping(AccountStore::toAccount));
	}

	public Optional<AccountId> findByIdentity(Provider provider, String providerUserId) {
		return this.sql.select(LINKED_IDENTITY.ACCOUNT_ID)
			.from(LINKED_IDENTITY)
			.where(LINKED_IDENTITY.PROVIDER.eq(provider.id()))
			.and(LINKED_IDENTITY.PROVIDER_USER_ID.eq(providerUserId))
			.fetchOptional(LINKED_IDENTITY.ACCOUNT_ID)
			.map(AccountId::new);
	}

	public boolean handleTaken(String handle, AccountId except) {
		return this.sql.fetchExists(ACCOUNT, ACCOUNT.HANDLE.eq(citext(handle)).and(ACCOUNT.ID.ne(except.value())));
	}

	/**
	 * Creates an account with the first free variant of the handle ({@code handle},
	 * {@code handle-2}, ...); the unique index decides, so two people racing for one
	 * handle both get an account.
	 */
	public AccountId create(Handle handle, String displayName, String avatarUrl, boolean demo, Instant now) {
		for (int attempt = 1;; attempt++) {
			Handle candidate = (attempt == 1) ? handle : handle.withSuffix(attempt);
			Optional<UUID> id = this.sql.insertInto(ACCOUNT)
				.set(ACCOUNT.HANDLE, candidate.value())
				.set(ACCOUNT.DISPLAY_NAME, displayName)
				.set(ACCOUNT.AVATAR_URL, avatarUrl)
				.set(ACCOUNT.DEMO, demo)
				.set(ACCOUNT.CREATED_AT, at(now))
				.set(ACCOUNT.UPDATED_AT, at(now))
				.onConflict(ACCOUNT.HANDLE)
				.doNothing()
				.returning(ACCOUNT.ID)
				.fetchOptional(ACCOUNT.ID);
			if (id.isPresent()) {
				return new AccountId(id.get());
			}
		}
	}

	/**
	 * Links the identity unless it is linked already (to any account); false when it was.
	 * A second identity of the same provider on the account is not skipped but refused by
	 * the database.
	 */
	public boolean link(AccountId account, ProviderIdentity identity, Instant now, boolean loggingIn) {
		return this.sql.insertInto(LINKED_IDENTITY)
			.set(LINKED_IDENTITY.PROVIDER, identity.provider().id())
			.set(LINKED_IDENTITY.PROVIDER_USER_ID, identity.providerUserId())
			.set(LINKED_IDENTITY.ACCOUNT_ID, account.value())
			.set(LINKED_IDENTITY.USERNAME, identity.username())
			.set(LINKED_IDENTITY.LINKED_AT, at(now))
			.set(LINKED_IDENTITY.LAST_LOGIN_AT, loggingIn ? at(now) : null)
			.onConflict(LINKED_IDENTITY.PROVIDER, LINKED_IDENTITY.PROVIDER_USER_ID)
			.doNothing()
			.execute() == 1;
	}

	public void recordLogin(ProviderIdentity identity, Instant now) {
		this.sql.update(LINKED_IDENTITY)
			.set(LINKED_IDENTITY.USERNAME, identity.username())
			.set(LINKED_IDENTITY.LAST_LOGIN_AT, at(now))
			.where(LINKED_IDENTITY.PROVIDER.eq(identity.provider().id()))
			.and(LINKED_IDENTITY.PROVIDER_USER_ID.eq(identity.providerUserId()))
			.execute();
	}

	/** Keeps the provider's current picture; true when it changed. */
	public boolean refreshAvatar(AccountId account, String avatarUrl) {
		return this.sql.update(ACCOUNT)
			.set(ACCOUNT.AVATAR_URL, avatarUrl)
			.where(ACCOUNT.ID.eq(account.value()))
			.and(ACCOUNT.AVATAR_URL.isDistinctFrom(avatarUrl))
			.execute() == 1;
	}

	/**
	 * Removes the provider's identity, but never the last one: the check is in the
	 * statement.
	 */
	public int unlinkUnlessLast(AccountId account, Provider provider) {
		var other = LINKED_IDENTITY.as("other");
		return this.sql.deleteFrom(LINKED_IDENTITY)
			.where(LINKED_IDENTITY.ACCOUNT_ID.eq(account.value()))
			.and(LINKED_IDENTITY.PROVIDER.eq(provider.id()))
			.andExists(this.sql.selectOne()
				.from(other)
				.where(other.ACCOUNT_ID.eq(account.value()))
				.and(other.PROVIDER.ne(provider.id())))
			.execute();
	}

	public void updateProfile(AccountId account, ProfileChange change, Instant now) {
		this.sql.update(ACCOUNT)
			.set(ACCOUNT.HANDLE, change.handle())
			.set(ACCOUNT.DISPLAY_NAME, change.displayName())
			.set(ACCOUNT.BIO, change.bio())
			.set(ACCOUNT.TIMEZONE, change.timezone())
			.set(ACCOUNT.LANGUAGE, change.language())
			.set(ACCOUNT.WEBSITE_URL, change.website())
			.set(ACCOUNT.GITHUB_URL, change.github())
			.set(ACCOUNT.TWITTER_URL, change.twitter())
			.set(ACCOUNT.LINKEDIN_URL, change.linkedin())
			.set(ACCOUNT.UPDATED_AT, at(now))
			.where(ACCOUNT.ID.eq(account.value()))
			.execute();
	}

	public void savePendingEmail(AccountId account, String email, String tokenHash, Instant now, Instant expiresAt) {
		this.sql.deleteFrom(EMAIL_VERIFICATION).where(EMAIL_VERIFICATION.ACCOUNT_ID.eq(account.value())).execute();
		this.sql.insertInto(EMAIL_VERIFICATION)
			.set(EMAIL_VERIFICATION.TOKEN_HASH, tokenHash)
			.set(EMAIL_VERIFICATION.ACCOUNT_ID, account.value())
			.set(EMAIL_VERIFICATION.EMAIL, email)
			.set(EMAIL_VERIFICATION.CREATED_AT, at(now))
			.set(EMAIL_VERIFICATION.EXPIRES_AT, at(expiresAt))
			.execute();
	}

	/** Takes (deletes and returns) a pending verification that has not expired. */
	public Optional<VerifiedEmail> takePendingEmail(String tokenHash, Instant now) {
		return this.sql.deleteFrom(EMAIL_VERIFICATION)
			.where(EMAIL_VERIFICATION.TOKEN_HASH.eq(tokenHash))
			.and(EMAIL_VERIFICATION.EXPIRES_AT.gt(at(now)))
			.returning(EMAIL_VERIFICATION.ACCOUNT_ID, EMAIL_VERIFICATION.EMAIL)
			.fetchOptional()
			.map(row -> new VerifiedEmail(new AccountId(row.getAccountId()), row.getEmail()));
	}

	public void setVerifiedEmail(AccountId account, String email, Instant now) {
		this.sql.update(ACCOUNT)
			.set(ACCOUNT.EMAIL, email)
			.set(ACCOUNT.EMAIL_VERIFIED_AT, at(now))
			.set(ACCOUNT.UPDATED_AT, at(now))
			.where(ACCOUNT.ID.eq(account.value()))
			.execute();
	}

	public void removeEmail(AccountId account, Instant now) {
		this.sql.deleteFrom(EMAIL_VERIFICATION).where(EMAIL_VERIFICATION.ACCOUNT_ID.eq(account.value())).execute();
		this.sql.update(ACCOUNT)
			.set(ACCOUNT.EMAIL, (String) null)
			.set(ACCOUNT.EMAIL_VERIFIED_AT, (OffsetDateTime) null)
			.set(ACCOUNT.UPDATED_AT, at(now))
			.where(ACCOUNT.ID.eq(account.value()))
			.execute();
	}

	public List<AccountExport.PendingEmail> pendingEmails(AccountId account) {
		return this.sql.selectFrom(EMAIL_VERIFICATION)
			.where(EMAIL_VERIFICATION.ACCOUNT_ID.eq(account.value()))
			.fetch(row -> new AccountExport.PendingEmail(row.getEmail(), row.getCreatedAt().toInstant(),
					row.getExpiresAt().toInstant()));
	}

	/** Suspends the account; false when there is no such account. */
	public boolean suspend(AccountId account, String reason, Instant now) {
		return this.sql.update(ACCOUNT)
			.set(ACCOUNT.STATUS, "suspended")
			.set(ACCOUNT.SUSPENDED_REASON, reason)
			.set(ACCOUNT.UPDATED_AT, at(now))
			.where(ACCOUNT.ID.eq(account.value()))
			.execute() == 1;
	}

	/**
	 * Lifts the account's suspension; false when there is no such account or it is not
	 * suspended.
	 */
	public boolean restore(AccountId account, Instant now) {
		return this.sql.update(ACCOUNT)
			.set(ACCOUNT.STATUS, "active")
			.set(ACCOUNT.SUSPENDED_REASON, (String) null)
			.set(ACCOUNT.UPDATED_AT, at(now))
			.where(ACCOUNT.ID.eq(account.value()))
			.and(ACCOUNT.STATUS.eq("suspended"))
			.execute() == 1;
	}

	/**
	 * Deletes the account; its identities and pending verifications go with it (cascade).
	 */
	public boolean delete(AccountId account) {
		return this.sql.deleteFrom(ACCOUNT).where(ACCOUNT.ID.eq(account.value())).execute() == 1;
	}

	public List<Account> demoAccounts() {
		List<AccountRecord> accounts = this.sql.selectFrom(ACCOUNT)
			.where(ACCOUNT.DEMO.isTrue())
			.and(ACCOUNT.STATUS.eq("active"))
			.orderBy(ACCOUNT.DISPLAY_NAME)
			.fetch();
		return accounts.stream().map(account -> toAccount(account, List.of())).toList();
	}

	/**
	 * The accounts meeting the condition, each with its identities (oldest link first) as
	 * a nested set: every account lookup is one statement, never one more for the
	 * identities, which the logged-in member's lookup on every request would pay.
	 */
	private SelectConditionStep<Record2<AccountRecord, List<Account.LinkedIdentity>>> selectAccountsWhere(
			Condition condition) {
		Field<List<Account.LinkedIdentity>> identities = DSL
			.multiset(DSL.selectFrom(LINKED_IDENTITY)
				.where(LINKED_IDENTITY.ACCOUNT_ID.eq(ACCOUNT.ID))
				.orderBy(LINKED_IDENTITY.LINKED_AT))
			// sorted again here: PostgreSQL does not promise that the JSON aggregation
			// jOOQ renders for the multiset keeps the inner query's order
			.convertFrom(rows -> rows.sortAsc(LINKED_IDENTITY.LINKED_AT).map(AccountStore::toIdentity));
		return this.sql.select(ACCOUNT, identities).from(ACCOUNT).where(condition);
	}

	private static Account.LinkedIdentity toIdentity(LinkedIdentityRecord row) {
		return new Account.LinkedIdentity(Provider.fromId(row.getProvider()).orElseThrow(), row.getProviderUserId(),
				row.getUsername(), row.getLinkedAt().toInstant(),
				row.getLastLoginAt() == null ? null : row.getLastLoginAt().toInstant());
	}

	private static Account toAccount(AccountRecord row, List<Account.LinkedIdentity> identities) {
		return new Account(new AccountId(row.getId()), new Handle(row.getHandle()), row.getDisplayName(), row.getBio(),
				row.getAvatarUrl(), ZoneId.of(row.getTimezone()), row.getLanguage(),
				new ProfileLinks(row.getWebsiteUrl(), row.getGithubUrl(), row.getTwitterUrl(), row.getLinkedinUrl()),
				row.getEmail(), row.getEmailVerifiedAt() != null, row.getSuspendedReason(), row.getDemo(), identities,
				row.getCreatedAt().toInstant());
	}

	/**
	 * A value to compare with a {@code citext} column. The generated field of such a
	 * column is a {@code VARCHAR}, so jOOQ binds a plain {@code varchar}; PostgreSQL then
	 * resolves {@code citext = varchar} to {@code text = text}, which is case-sensitive.
	 * Cast to {@code citext}, the comparison is case-insensitive and uses the column's
	 * unique index.
	 */
	static Field<String> citext(String value) {
		return DSL.field("cast({0} as citext)", SQLDataType.VARCHAR, DSL.val(value, SQLDataType.VARCHAR));
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * A verification taken from the pending ones.
	 *
	 * @param account the account
	 * @param email the address
	 */
	public record VerifiedEmail(AccountId account, String email) {
	}

}
