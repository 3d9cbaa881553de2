package id.ngupi.web.security;

import id.ngupi.identity.AccountEvents.AccountDeleted;
import id.ngupi.identity.AccountId;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of a member whose account was deleted, on every device and every app
 * instance: sessions live in PostgreSQL, indexed by the principal name, which is the
 * account id ({@link MemberPrincipal#getName()}). {@link CurrentMemberFilter} would end
 * each one on its next request anyway; this removes them at once instead of leaving them
 * until they expire. A suspended member's sessions are left to
 * {@link CurrentMemberFilter} on purpose: it ends each at its next request and shows the
 * member why.
 */
@Component
class MemberSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	MemberSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		endAll(event.account());
	}

	private void endAll(AccountId account) {
		this.sessions.findByPrincipalName(account.toString()).keySet().forEach(this.sessions::deleteById);
	}

}
