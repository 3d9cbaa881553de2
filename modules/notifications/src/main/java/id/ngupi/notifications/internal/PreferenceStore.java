package id.ngupi.notifications.internal;

import java.util.EnumMap;
import java.util.Map;

import id.ngupi.identity.AccountId;
import id.ngupi.notifications.NotificationKind;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.notifications.Tables.PREFERENCE;

/**
 * Each member's choice per kind of notification: by mail or in the inbox only. No row
 * means mail.
 */
@Repository
class PreferenceStore {

	private final DSLContext sql;

	PreferenceStore(DSLContext sql) {
		this.sql = sql;
	}

	boolean mailOn(AccountId member, NotificationKind kind) {
		return !kind.optional() || this.sql.select(PREFERENCE.MAIL)
			.from(PREFERENCE)
			.where(PREFERENCE.MEMBER_ID.eq(member.value()))
			.and(PREFERENCE.KIND.eq(kind.code()))
			.fetchOptional(PREFERENCE.MAIL)
			.orElse(true);
	}

	/** Whether each optional kind is mailed to the member. */
	Map<NotificationKind, Boolean> of(AccountId member) {
		Map<NotificationKind, Boolean> mail = new EnumMap<>(NotificationKind.class);
		NotificationKind.optionalKinds().forEach(kind -> mail.put(kind, true));
		this.sql.select(PREFERENCE.KIND, PREFERENCE.MAIL)
			.from(PREFERENCE)
			.where(PREFERENCE.MEMBER_ID.eq(member.value()))
			.forEach(row -> mail.put(NotificationKind.ofCode(row.value1()), row.value2()));
		return mail;
	}

	void set(AccountId member, NotificationKind kind, boolean mail) {
		this.sql.insertInto(PREFERENCE)
			.set(PREFERENCE.MEMBER_ID, member.value())
			.set(PREFERENCE.KIND, kind.code())
			.set(PREFERENCE.MAIL, mail)
			.onConflict(PREFERENCE.MEMBER_ID, PREFERENCE.KIND)
			.doUpdate()
			.set(PREFERENCE.MAIL, mail)
			.execute();
	}

	void forget(AccountId member) {
		this.sql.deleteFrom(PREFERENCE).where(PREFERENCE.MEMBER_ID.eq(member.value())).execute();
	}

}
