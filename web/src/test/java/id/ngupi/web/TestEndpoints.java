package id.ngupi.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Endpoints that exist only in tests, to provoke the failures that real pages should
 * never produce on purpose.
 */
@RestController
public class TestEndpoints {

	public static final String FAILURE_DETAIL = "secret detail that must never reach a visitor";

	@GetMapping("/test-only/failure")
	String failure() {
		throw new IllegalStateException(FAILURE_DETAIL);
	}

	@GetMapping("/test-only/forbidden")
	String forbidden() {
		throw new ResponseStatusException(HttpStatus.FORBIDDEN, FAILURE_DETAIL);
	}

}
