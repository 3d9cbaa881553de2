package id.ngupi.web.security;

import java.util.Optional;

import id.ngupi.identity.AccountId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What the login flow keeps in the session between leaving for the provider and coming
 * back: where to return to, whether the member is linking another provider to their
 * account, and why a login was refused.
 */
final class LoginSession {

	private static final String CONTINUE = LoginSession.class.getName() + ".continue";

	private static final String LINKING = LoginSession.class.getName() + ".linking";

	private static final String SUSPENDED_REASON = LoginSession.class.getName() + ".suspendedReason";

	private LoginSession() {
	}

	static void rememberContinue(HttpServletRequest request, String target) {
		SafeRedirect.of(target).ifPresent(safe -> request.getSession().setAttribute(CONTINUE, safe));
	}

	static Optional<String> takeContinue(HttpServletRequest request) {
		return take(request, CONTINUE).map(String.class::cast);
	}

	static void startLinking(HttpServletRequest request, AccountId account) {
		request.getSession().setAttribute(LINKING, account.value().toString());
	}

	static Optional<AccountId> takeLinking(HttpServletRequest request) {
		return take(request, LINKING).map(value -> AccountId.of((String) value));
	}

	static void rememberSuspension(HttpServletRequest request, String reason) {
		request.getSession().setAttribute(SUSPENDED_REASON, reason);
	}

	static Optional<String> suspensionReason(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return Optional.ofNullable(session == null ? null : (String) session.getAttribute(SUSPENDED_REASON));
	}

	private static Optional<Object> take(HttpServletRequest request, String name) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return Optional.empty();
		}
		Object value = session.getAttribute(name);
		session.removeAttribute(name);
		return Optional.ofNullable(value);
	}

}
