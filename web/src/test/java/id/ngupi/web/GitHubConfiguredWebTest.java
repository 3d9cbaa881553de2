package id.ngupi.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A local run that has GitHub credentials (and no Twitter/X ones), with MockMvc: GitHub
 * is offered for login and linking, and the demo login does not exist. Every test needing
 * this setup uses this one annotation so that they share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ngupi.oauth.github.client-id=test-github-client",
				"ngupi.oauth.github.client-secret=test-github-secret" })
@AutoConfigureMockMvc
@ActiveProfiles("local")
public @interface GitHubConfiguredWebTest {

}
