package id.ngupi.web.security;

import java.time.Duration;
import java.time.Instant;
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

	/** How long after leaving for the provider a callback still counts as linking. */
	static final Duration LINKING_VALIDITY = Duration.ofMinutes(10);

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
		request.getSession()
			.setAttribute(LINKING, account.value() + "@" + Instant.now().plus(LINKING_VALIDITY).toEpochMilli());
	}

	/**
	 * The account being linked to, if linking started within {@link #LINKING_VALIDITY}: a
	 * member who gave up at the provider is not surprised by a link much later.
	 */
	static Optional<AccountId> takeLinking(HttpServletRequest request) {
		return take(request, LINKING).map(String.class::cast).flatMap(value -> {
			int at = value.indexOf('@');
			boolean fresh = at > 0 && Instant.now().toEpochMilli() < Long.parseLong(value.substring(at + 1));
			return fresh ? Optional.of(AccountId.of(value.substring(0, at))) : Optional.empty();
		});
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
