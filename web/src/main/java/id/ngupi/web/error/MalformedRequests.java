package id.ngupi.web.error;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests whose form cannot be read at all (a form larger than the server takes, a body
 * that is not what it claims) are answered here with the site's error page (400, or 413
 * for a form too large), before anything else reads the form. Tomcat otherwise throws
 * from the first {@code getParameter} (Spring Security's CSRF check), and throws again
 * while the error page is rendered, so the member got Tomcat's own page and the log a
 * stack trace at ERROR. The form is read once here; the error page is rendered for a
 * request that carries no form, so nothing reads it again.
 * <p>
 * A body that is no URL-encoded form (multipart, JSON, text, a charset that does not
 * exist, no content type at all) is refused with 415: no page of the site sends one, and
 * the server reads no such body, so a form sent that way with its CSRF token in a header
 * would be taken as an empty one, a weekly schedule saved without a single window.
 * <p>
 * {@code /error} asked for directly is not a page: it answers 404.
 */
@Configuration(proxyBeanMethods = false)
class MalformedRequests {

	static final String ERROR_PATH = "/error";

	@Bean
	FilterRegistrationBean<Answering> malformedRequestsAnswered() {
		FilterRegistrationBean<Answering> registration = new FilterRegistrationBean<>(new Answering());
		// after the session is available (the error page knows who is logged in) and
		// before Spring Security's filters, the first to read the form
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/** Reads the form first, and answers when it cannot be read. */
	static final class Answering extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (ERROR_PATH.equals(request.getRequestURI())) {
				response.sendError(HttpStatus.NOT_FOUND.value());
				return;
			}
			if (carriesBodyNotAForm(request)) {
				showErrorPage(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
				return;
			}
			try {
				request.getParameterMap();
			}
			catch (InvalidParameterException unreadable) {
				HttpStatus status = (unreadable.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value())
						? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
				logger.debug("Form refused as unreadable", unreadable);
				showErrorPage(request, response, status);
				return;
			}
			chain.doFilter(request, response);
		}

	}

	/**
	 * Whether the request carries a body that is not a URL-encoded form, the only body
	 * the server reads. A request without a body may name any content type.
	 */
	private static boolean carriesBodyNotAForm(HttpServletRequest request) {
		if (request.getContentLengthLong() <= 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null) {
			return false;
		}
		try {
			return request.getContentType() == null || !MediaType.APPLICATION_FORM_URLENCODED
				.equalsTypeAndSubtype(MediaType.parseMediaType(request.getContentType()));
		}
		catch (InvalidMediaTypeException unreadable) {
			return true;
		}
	}

	/**
	 * Renders the error page as Tomcat's error dispatch would, for a request without
	 * form.
	 */
	private static void showErrorPage(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
			throws ServletException, IOException {
		HttpServletRequest withoutForm = new WithoutForm(request);
		withoutForm.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status.value());
		withoutForm.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		response.setStatus(status.value());
		request.getRequestDispatcher(ERROR_PATH).forward(withoutForm, response);
	}

	/** The request as a GET without parameters, so that nothing reads its broken form. */
	private static final class WithoutForm extends HttpServletRequestWrapper {

		WithoutForm(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

}
