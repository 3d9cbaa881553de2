package id.ngupi.moderation.internal;

import java.time.Clock;

import id.ngupi.identity.AccountEvents.AccountDeleted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A deleted member's reports stay in the queue without their name; the open reports about
 * them are closed. The audit log keeps its entries (it cannot be changed, and it names
 * admins and accounts by id only, plus the admin's handle at the time).
 */
@Component
class GoneAccounts {

	private final ReportStore reports;

	private final Clock clock;

	GoneAccounts(ReportStore reports, Clock clock) {
		this.reports = reports;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		this.reports.forget(event.account(), this.clock.instant());
	}

}
