package id.ngupi.notifications.internal;

import java.time.Instant;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.notifications.Tables.REFUSED_ADDRESS;
import static id.ngupi.notifications.internal.Payloads.at;

/**
 * Addresses a mail server refused for good. The column is {@code citext}; a value
 * compared with it is cast to {@code citext} too, so that the comparison ignores case.
 */
@Repository
class RefusedAddresses {

	private final DSLContext sql;

	RefusedAddresses(DSLContext sql) {
		this.sql = sql;
	}

	void refuse(String address, String reason, Instant now) {
		String why = (reason.length() > 1000) ? reason.substring(0, 1000) : reason;
		this.sql.insertInto(REFUSED_ADDRESS)
			.set(REFUSED_ADDRESS.ADDRESS, address)
			.set(REFUSED_ADDRESS.REASON, why)
			.set(REFUSED_ADDRESS.REFUSED_AT, at(now))
			.onConflict(REFUSED_ADDRESS.ADDRESS)
			.doUpdate()
			.set(REFUSED_ADDRESS.REASON, why)
			.set(REFUSED_ADDRESS.REFUSED_AT, at(now))
			.execute();
	}

	/** Why the address was refused, if it was. */
	Optional<String> reason(String address) {
		return this.sql.select(REFUSED_ADDRESS.REASON)
			.from(REFUSED_ADDRESS)
			.where(REFUSED_ADDRESS.ADDRESS.eq(citext(address)))
			.fetchOptional(REFUSED_ADDRESS.REASON);
	}

	void clear(String address) {
		this.sql.deleteFrom(REFUSED_ADDRESS).where(REFUSED_ADDRESS.ADDRESS.eq(citext(address))).execute();
	}

	/**
	 * Compared as {@code citext}, so case does not matter (see identity's AccountStore).
	 */
	private static Field<String> citext(String value) {
		return DSL.field("cast({0} as citext)", SQLDataType.VARCHAR, DSL.val(value, SQLDataType.VARCHAR));
	}

}
