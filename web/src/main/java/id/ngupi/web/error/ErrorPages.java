package id.ngupi.web.error;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every error as the site's own page in the viewer's language: what went wrong in
 * plain words and a way back, never a stack trace or an exception message.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		ModelAndView page = new ModelAndView("pages/error", status);
		page.addObject("errorPage", ErrorPage.of(status));
		return page;
	}

}
