package id.ngupi.web.error;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import id.ngupi.web.i18n.Localizer;
import id.ngupi.web.i18n.SupportedLanguage;
import id.ngupi.web.layout.PageContext;
import id.ngupi.web.support.Links;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;

/**
 * The site's error page for what Tomcat refuses before the application sees it: a request
 * target that is no path once decoded (an encoded NUL or slash, bytes that are no UTF-8,
 * {@code /..;/}), a request head larger than the server takes. Tomcat answers those
 * itself, 400 with its own page from the host's {@link ErrorReportValve}; a valve of the
 * site's takes that one's place and renders the site's error page, for a visitor in
 * Indonesian since nothing of such a request can be trusted. Errors inside the
 * application are rendered there ({@link ErrorPages}) and pass this valve untouched.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorPages {

	@Bean
	TomcatErrorPages tomcatErrorPages(ObjectProvider<TemplateEngine> templates, MessageSource messages) {
		return new TomcatErrorPages(templates, messages);
	}

	/**
	 * Replaces the host's error report valve with the site's, after Spring Boot's own
	 * customizer added Tomcat's (without report or server info).
	 */
	static final class TomcatErrorPages
			implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

		private final ObjectProvider<TemplateEngine> templates;

		private final MessageSource messages;

		TomcatErrorPages(ObjectProvider<TemplateEngine> templates, MessageSource messages) {
			this.templates = templates;
			this.messages = messages;
		}

		@Override
		public void customize(ConfigurableTomcatWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				StandardHost host = (StandardHost) context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				// the host adds a valve of this class when it has none
				host.setErrorReportValveClass(SitesErrorReportValve.class.getName());
				host.getPipeline().addValve(new SitesErrorReportValve(this));
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

		/**
		 * The site's error page for the status, as a visitor on the home page sees it.
		 */
		String page(int status) {
			return page(status, SupportedLanguage.DEFAULT);
		}

		/**
		 * The site's error page for the status in the language, as a visitor on the home
		 * page sees it: rendered without asking the database anything.
		 */
		String page(int status, SupportedLanguage language) {
			HttpStatus known = HttpStatus.resolve(status);
			ErrorPage errorPage = ErrorPage.of((known != null) ? known : HttpStatus.BAD_REQUEST);
			StringOutput page = new StringOutput();
			this.templates.getObject()
				.render("pages/error.jte", Map.of("i18n", new Localizer(this.messages, language.locale()), "page",
						PageContext.visitor(language, Links.HOME), "errorPage", errorPage), page);
			return page.toString();
		}

	}

	/**
	 * Writes the site's error page where Tomcat's error report valve would write its own:
	 * for an error sent without a page.
	 */
	static final class SitesErrorReportValve extends ErrorReportValve {

		private final TomcatErrorPages pages;

		SitesErrorReportValve(TomcatErrorPages pages) {
			this.pages = pages;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.isError()) {
				return;
			}
			String page;
			try {
				page = this.pages.page(response.getStatus());
			}
			catch (RuntimeException failed) {
				getContainer().getLogger().warn("The site's error page could not be rendered", failed);
				super.report(request, response, throwable);
				return;
			}
			AtomicBoolean ioAllowed = new AtomicBoolean(true);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
			if (!ioAllowed.get() || !response.setErrorReported()) {
				return;
			}
			try {
				response.setContentType("text/html");
				response.setCharacterEncoding("UTF-8");
				PrintWriter writer = response.getReporter();
				if (writer != null) {
					writer.write(page);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client went away: nothing to answer
			}
		}

	}

}
