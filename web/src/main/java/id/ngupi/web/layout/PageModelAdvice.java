package id.ngupi.web.layout;

import java.util.List;
import java.util.Locale;

import id.ngupi.hosting.HostDirectory;
import id.ngupi.identity.Account;
import id.ngupi.moderation.Admins;
import id.ngupi.notifications.Inbox;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.i18n.SupportedLanguage;
import id.ngupi.web.security.CurrentMemberFilter;
import id.ngupi.web.time.ViewerZone;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what every page template needs into the model: the localizer ({@code i18n}) and
 * the layout's {@link PageContext} ({@code page}). jte has no implicit context, so
 * templates get these as ordinary parameters.
 */
@ControllerAdvice
class PageModelAdvice {

	private final MessageSource messages;

	private final HostDirectory directory;

	private final Inbox inbox;

	private final Admins admins;

	PageModelAdvice(MessageSource messages, HostDirectory directory, Inbox inbox, Admins admins) {
		this.messages = messages;
		this.directory = directory;
		this.inbox = inbox;
		this.admins = admins;
	}

	@ModelAttribute("i18n")
	Localizer i18n(Locale locale) {
		return new Localizer(this.messages, locale);
	}

	@ModelAttribute("page")
	PageContext page(Locale locale, HttpServletRequest request) {
		SupportedLanguage current = SupportedLanguage.resolve(locale);
		String path = originalPath(request);
		String query = originalQuery(request);
		List<PageContext.LanguageLink> links = PageContext.languageLinks(path, query, current);
		PageContext.Member member = (request.getAttribute(CurrentMemberFilter.ATTRIBUTE) instanceof Account account)
				? new PageContext.Member(account.handle().value(), account.displayName(), account.avatarUrl(),
						SingletonSupplier.of(() -> this.directory.hosts(account.id())),
						SingletonSupplier.of(() -> this.inbox.unread(account.id())), this.admins.isAdmin(account))
				: null;
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String here = (query == null) ? path : path + "?" + query;
		return new PageContext(current, links, here, member, csrf, ViewerZone.of(request).guessed());
	}

	/**
	 * On an error page the request was forwarded to {@code /error}; link to what was
	 * asked for.
	 */
	private static String originalPath(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (errorUri instanceof String value) ? value : request.getRequestURI();
		String context = request.getContextPath();
		return uri.startsWith(context) ? uri : context + uri;
	}

	private static String originalQuery(HttpServletRequest request) {
		return (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) ? null : request.getQueryString();
	}

}
