package id.ngupi.web.error;

import org.springframework.http.HttpStatus;

/**
 * What an error page says.
 *
 * @param status the HTTP status code
 * @param messageKey prefix of the page's title and explanation in the message bundles
 */
public record ErrorPage(int status, String messageKey) {

	public static ErrorPage of(HttpStatus status) {
		String key = switch (status) {
			case NOT_FOUND -> "error.notFound";
			case FORBIDDEN, UNAUTHORIZED -> "error.forbidden";
			case BAD_REQUEST -> "error.badRequest";
			case TOO_MANY_REQUESTS -> "error.tooManyRequests";
			case CONTENT_TOO_LARGE -> "error.tooLarge";
			case SERVICE_UNAVAILABLE -> "error.unavailable";
			default -> status.is4xxClientError() ? "error.badRequest" : "error.server";
		};
		return new ErrorPage(status.value(), key);
	}

	public String titleKey() {
		return this.messageKey + ".title";
	}

	public String explanationKey() {
		return this.messageKey + ".explanation";
	}

}
