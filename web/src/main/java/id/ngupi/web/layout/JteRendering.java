package id.ngupi.web.layout;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Renders jte pages into one byte buffer and writes it in one go, with its length. The
 * starter's view writes every piece of a template through the servlet writer, and each
 * write passes the Spring Security and Spring Session response wrappers: on the discovery
 * page, hundreds of small writes per request, each walking the wrappers to check the
 * content length.
 */
@Configuration(proxyBeanMethods = false)
class JteRendering {

	@Bean
	JteViewResolver jteViewResolver(TemplateEngine templateEngine, JteProperties properties) {
		return new JteViewResolver(templateEngine, properties) {

			@Override
			protected AbstractUrlBasedView instantiateView() {
				return new BufferedJteView(templateEngine);
			}

		};
	}

	/**
	 * A jte view that renders into memory first. An htmx answer may be several views
	 * written one after the other into one response (the fragment and its out-of-band
	 * neighbours, {@code FragmentsRendering}); one view's length is then not the
	 * response's, and declaring it would end the response after the first view. htmx
	 * answers are small, so they go without a declared length.
	 */
	static class BufferedJteView extends JteView {

		/** Most pages fit; the buffer grows for the others. */
		private static final int INITIAL_CAPACITY = 32 * 1024;

		private final TemplateEngine templateEngine;

		BufferedJteView(TemplateEngine templateEngine) {
			super(templateEngine);
			this.templateEngine = templateEngine;
		}

		@Override
		protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
				HttpServletResponse response) throws Exception {
			Utf8ByteOutput output = new Utf8ByteOutput(INITIAL_CAPACITY);
			this.templateEngine.render(getUrl(), model, output);
			// one write: Utf8ByteOutput.writeTo writes chunk by chunk, and each write
			// walks the whole chain of response wrappers (Spring Security's checks the
			// length)
			byte[] page = output.toByteArray();
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			if (!isHtmx(request)) {
				response.setContentLength(page.length);
			}
			response.getOutputStream().write(page);
		}

		private static boolean isHtmx(HttpServletRequest request) {
			return "true".equals(request.getHeader("HX-Request"));
		}

	}

}
