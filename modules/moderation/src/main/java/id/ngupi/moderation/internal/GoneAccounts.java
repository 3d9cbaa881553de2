package id.ngupi.moderation.internal;

import java.time.Clock;

import id.ngupi.identity.AccountEvents.AccountDeleted;
import id.ngupi.moderation.ModerationEvents.ReportClosed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A deleted member's reports stay in the queue without their name; the open reports about
 * them are closed, and their reporters told so (the report form promised them news). The
 * audit log keeps its entries (it cannot be changed, and it names admins and accounts by
 * id only, plus the admin's handle at the time).
 */
@Component
class GoneAccounts {

	private final ReportStore reports;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GoneAccounts(ReportStore reports, ApplicationEventPublisher events, Clock clock) {
		this.reports = reports;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		this.reports.forget(event.account(), this.clock.instant())
			.stream()
			.filter(closed -> closed.reporter() != null)
			.forEach(closed -> this.events.publishEvent(new ReportClosed(closed.id(), closed.reporter())));
	}

}
