package id.ngupi.web;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.security.MemberPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Endpoints that exist only in tests: to provoke the failures that real pages should
 * never produce on purpose, and to log a real browser in without an OAuth provider.
 */
@RestController
public class TestEndpoints {

	public static final String FAILURE_DETAIL = "secret detail that must never reach a visitor";

	private final Accounts accounts;

	TestEndpoints(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/test-only/failure")
	String failure() {
		throw new IllegalStateException(FAILURE_DETAIL);
	}

	/**
	 * What a page meets while PostgreSQL is away: the pool found no connection in time.
	 */
	@GetMapping("/test-only/database-away")
	String databaseAway() {
		throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
				new SQLTransientConnectionException(
						"HikariPool-1 - Connection is not available, request timed out after 3000ms. "
								+ FAILURE_DETAIL));
	}

	/** A statement the database refused: a failure of the site, not an outage. */
	@GetMapping("/test-only/statement-refused")
	String statementRefused() {
		throw new DataIntegrityViolationException(FAILURE_DETAIL,
				new SQLException("duplicate key value violates unique constraint", "23505"));
	}

	/**
	 * A request that takes a while, as one in flight when a deploy stops the instance.
	 */
	@GetMapping("/test-only/slow")
	String slow(@RequestParam long millis) throws InterruptedException {
		Thread.sleep(Math.min(millis, 10_000));
		return "selesai";
	}

	@GetMapping("/test-only/forbidden")
	String forbidden() {
		throw new ResponseStatusException(HttpStatus.FORBIDDEN, FAILURE_DETAIL);
	}

	/**
	 * Logs the browser in as the member with this handle, the way the demo login does
	 * (same principal, kept in the session), and sends it home. Test-only: a GET that
	 * logs anyone in as anyone must never exist outside tests.
	 */
	@GetMapping("/test-only/login")
	ResponseEntity<Void> logIn(@RequestParam String handle, HttpServletRequest request, HttpServletResponse response) {
		Account account = this.accounts.findByHandle(handle)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		request.getSession();
		request.changeSessionId();
		MemberPrincipal principal = MemberPrincipal.of(account.id());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new OAuth2AuthenticationToken(principal, principal.getAuthorities(), "test"));
		SecurityContextHolder.setContext(context);
		new HttpSessionSecurityContextRepository().saveContext(context, request, response);
		return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/")).build();
	}

}
