package id.ngupi.web.hosting;

import id.ngupi.hosting.NotHostingException;
import id.ngupi.web.support.Links;
import id.ngupi.web.support.Notice;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Offerings and the schedule belong to a host: a member who does not host yet is sent to
 * the page that turns hosting on, told why.
 */
@ControllerAdvice(basePackageClasses = NotHostingAdvice.class)
class NotHostingAdvice {

	@ExceptionHandler(NotHostingException.class)
	String notHosting(HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put(Notice.ATTRIBUTE, Notice.failure("hosting.notHosting"));
		return HostingRedirects.to(Links.SETTINGS_HOSTING, request.getHeader("HX-Request") != null);
	}

}
