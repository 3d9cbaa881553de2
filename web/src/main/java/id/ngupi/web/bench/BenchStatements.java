package id.ngupi.web.bench;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.ngupi.db.statements.StatementRecorder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps, per path, the SQL statements the last request to it ran on its thread: what a
 * page costs, measured on the running application.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class BenchStatements extends OncePerRequestFilter {

	private final StatementRecorder recorder;

	private final Map<String, List<String>> last = new ConcurrentHashMap<>();

	BenchStatements(StatementRecorder recorder) {
		this.recorder = recorder;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		this.recorder.start();
		try {
			chain.doFilter(request, response);
		}
		finally {
			List<String> ran = this.recorder.stop();
			if (!request.getRequestURI().startsWith(BenchController.PATH)) {
				this.last.put(request.getRequestURI(), ran);
			}
		}
	}

	/** The statements of the last request to the path, or {@code null} if none came. */
	List<String> of(String path) {
		return this.last.get(path);
	}

}
