package id.ngupi.web.moderation;

import java.io.IOException;

import id.ngupi.moderation.NotAdminException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A member who is no admin (or no longer: suspended, or taken off the list while signed
 * in) and reached an admin's page anyway gets the site's 403 page: the moderation module
 * refused before reading or changing anything.
 */
@ControllerAdvice
class NotAdminAnswers {

	@ExceptionHandler(NotAdminException.class)
	void forbidden(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

}
