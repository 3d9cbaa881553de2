package id.ngupi.web.discovery;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages as the discovery and host page tests read them: answered 200, as source or
 * parsed.
 *
 * @param mvc the application
 */
record TestPages(MockMvc mvc) {

	Document html(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(body(request));
	}

	String body(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
