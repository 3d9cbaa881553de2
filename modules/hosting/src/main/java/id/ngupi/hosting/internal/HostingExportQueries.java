package id.ngupi.hosting.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.ngupi.hosting.HostingExport.OfferingEntry;
import id.ngupi.identity.AccountId;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static id.ngupi.db.jooq.hosting.Tables.HOST;
import static id.ngupi.db.jooq.hosting.Tables.OFFERING;

/**
 * What the {@code hosting} schema holds about one host beyond what the other stores read:
 * when the profile and each offering were made and last changed. For the member's data
 * export.
 */
@Repository
public class HostingExportQueries {

	private final DSLContext sql;

	HostingExportQueries(DSLContext sql) {
		this.sql = sql;
	}

	/** When the member turned hosting on and last changed the profile. */
	public Optional<Times> times(AccountId host) {
		return this.sql.select(HOST.CREATED_AT, HOST.UPDATED_AT)
			.from(HOST)
			.where(HOST.ACCOUNT_ID.eq(host.value()))
			.fetchOptional(row -> new Times(row.value1().toInstant(), row.value2().toInstant()));
	}

	/** All of the host's offerings with their times, active ones first, oldest first. */
	public List<OfferingEntry> offerings(AccountId host) {
		return this.sql.selectFrom(OFFERING)
			.where(OFFERING.HOST_ID.eq(host.value()))
			.orderBy(OFFERING.ACTIVE.desc(), OFFERING.CREATED_AT, OFFERING.ID)
			.fetch(row -> new OfferingEntry(OfferingStore.toOffering(row), row.getCreatedAt().toInstant(),
					row.getUpdatedAt().toInstant()));
	}

	/**
	 * When a row was made and last changed.
	 *
	 * @param createdAt when it was made
	 * @param updatedAt when it last changed
	 */
	public record Times(Instant createdAt, Instant updatedAt) {
	}

}
