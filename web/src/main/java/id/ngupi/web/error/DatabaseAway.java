package id.ngupi.web.error;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import id.ngupi.web.error.ContainerErrorPages.TomcatErrorPages;
import id.ngupi.web.i18n.SupportedLanguage;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * While PostgreSQL is away (restarting, failing over, unreachable), every page answers at
 * once with 503, {@code Retry-After} and the site's "back in a moment" page in the
 * visitor's language, instead of a 500 with a stack trace per request. Runs before the
 * session is read, because reading the session is the first thing that needs the
 * database; the page itself asks the database nothing. The pool gives up on a connection
 * after a few seconds ({@code spring.datasource.hikari.connection-timeout}), so requests
 * do not pile up waiting. Logged at WARN, at most once every {@link #QUIET} while it
 * lasts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseAway {

	/** How long a browser is asked to wait before trying again. */
	static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	/** The least time between two log lines about the same outage. */
	static final Duration QUIET = Duration.ofSeconds(30);

	/**
	 * SQL states that say the connection, not the statement, failed: class 08 (connection
	 * exception), and the server shutting down or starting up.
	 */
	private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");

	/** What the pool says of a connection it closed because the server went away. */
	private static final String CONNECTION_CLOSED = "Connection is closed";

	@Bean
	FilterRegistrationBean<Answering> databaseAwayAnswered(TomcatErrorPages pages, LocaleResolver locales) {
		FilterRegistrationBean<Answering> registration = new FilterRegistrationBean<>(new Answering(pages, locales));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/**
	 * Whether the failure, or anything that caused it, says the database could not be
	 * reached, as opposed to a statement that failed.
	 */
	static boolean unreachable(Throwable failure) {
		int depth = 0;
		boolean fromTheDatabase = false;
		for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLRecoverableException) {
				return true;
			}
			// a socket lost under a statement, not the visitor's own connection
			if (fromTheDatabase && (cause instanceof SocketException || cause instanceof EOFException)) {
				return true;
			}
			fromTheDatabase |= cause instanceof SQLException || cause instanceof DataAccessException;
			if (cause instanceof SQLException sql
					&& (CONNECTION_CLOSED.equals(sql.getMessage()) || sql.getSQLState() != null
							&& (sql.getSQLState().startsWith("08") || SERVER_GONE.contains(sql.getSQLState())))) {
				return true;
			}
			// a rollback that failed on the lost connection hides why the work failed
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& rollback.getApplicationException() != failure
					&& unreachable(rollback.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

	/** Answers a request that failed for want of the database. */
	static final class Answering extends OncePerRequestFilter {

		private static final Logger log = LoggerFactory.getLogger(DatabaseAway.class);

		private final TomcatErrorPages pages;

		private final LocaleResolver locales;

		private final AtomicLong lastLogged = new AtomicLong(Long.MIN_VALUE);

		Answering(TomcatErrorPages pages, LocaleResolver locales) {
			this.pages = pages;
			this.locales = locales;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			catch (RuntimeException | ServletException | IOException failure) {
				if (!unreachable(failure)) {
					throw failure;
				}
				logQuietly(failure);
				// a page already on its way (the session written back after it) is left
				// as it went: nothing better can be said on it
				if (!response.isCommitted()) {
					answer(request, response);
				}
			}
		}

		private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
			SupportedLanguage language = SupportedLanguage.resolve(this.locales.resolveLocale(request));
			String page = this.pages.page(HttpStatus.SERVICE_UNAVAILABLE.value(), language);
			response.reset();
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write(page);
		}

		private void logQuietly(Throwable failure) {
			long now = System.nanoTime();
			long last = this.lastLogged.get();
			if ((last == Long.MIN_VALUE || now - last >= QUIET.toNanos()) && this.lastLogged.compareAndSet(last, now)) {
				Throwable root = failure;
				while (root.getCause() != null && root.getCause() != root) {
					root = root.getCause();
				}
				log.warn("The database cannot be reached; pages answer 503 until it can ({})", root.toString());
			}
		}

	}

}
