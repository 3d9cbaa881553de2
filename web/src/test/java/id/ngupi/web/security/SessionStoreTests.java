package id.ngupi.web.security;

import id.ngupi.web.NgupiWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests of one session, each with its own copy loaded before either saved, played
 * one after the other on the session store itself, so every interleaving the servers may
 * produce is shown without depending on timing.
 */
@NgupiWebTest
class SessionStoreTests {

	private final SessionRepository<Session> sessions;

	@SuppressWarnings({ "unchecked", "rawtypes" })
	SessionStoreTests(@Autowired JdbcIndexedSessionRepository sessions) {
		this.sessions = (SessionRepository) sessions;
	}

	@Test
	void twoRequestsAddingTheSameAttributeBothSaveAndTheLaterWins() {
		String id = newSession();
		Session first = this.sessions.findById(id);
		Session second = this.sessions.findById(id);

		first.setAttribute("notice", "first");
		this.sessions.save(first);
		second.setAttribute("notice", "second");
		this.sessions.save(second);

		assertThat(this.sessions.findById(id).<String>getAttribute("notice")).isEqualTo("second");
	}

	@Test
	void aRequestSavingIntoASessionLoggedOutMeanwhileStoresNothing() {
		String id = newSession();
		Session late = this.sessions.findById(id);

		this.sessions.deleteById(id);
		late.setAttribute("notice", "too late");
		late.setAttribute("kept", "changed");
		this.sessions.save(late);

		assertThat(this.sessions.findById(id)).isNull();
	}

	@Test
	void anAttributeRemovedByOneRequestAndUpdatedByAnotherIsGoneWithoutError() {
		String id = newSession();
		Session removing = this.sessions.findById(id);
		Session updating = this.sessions.findById(id);

		removing.removeAttribute("kept");
		this.sessions.save(removing);
		updating.setAttribute("kept", "changed");
		this.sessions.save(updating);

		assertThat(this.sessions.findById(id).<String>getAttribute("kept")).isNull();
	}

	private String newSession() {
		Session session = this.sessions.createSession();
		session.setAttribute("kept", "value");
		this.sessions.save(session);
		return session.getId();
	}

}
